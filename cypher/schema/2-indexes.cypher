// Filters used by the gap analysis and the target search.
CREATE INDEX enterprise_ownership IF NOT EXISTS FOR (e:Enterprise) ON (e.ownership);
CREATE INDEX project_status IF NOT EXISTS FOR (p:Project) ON (p.status);
CREATE INDEX region_level IF NOT EXISTS FOR (r:Region) ON (r.level);
CREATE INDEX produces_status IF NOT EXISTS FOR ()-[p:PRODUCES]-() ON (p.status);
// Region search by a part of its name (searchRegions uses CONTAINS, which a TEXT index serves).
CREATE TEXT INDEX region_name_text IF NOT EXISTS FOR (r:Region) ON (r.name);
// The target search reads a link's largest candidates in order (refresh-link-totals.cypher).
CREATE RANGE INDEX candidate_for_link_capacity IF NOT EXISTS FOR ()-[c:CANDIDATE_FOR]-() ON (c.link, c.capacity);
