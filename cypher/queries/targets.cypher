// Candidate firms to recruit for each link in $links into region $region: firms outside
// the region that make the link (operating or building), or groups whose subsidiaries
// make it, with the facts their score is computed from (server/analysis/targets.ts):
// capacity, tags, supply ties to firms in the region (direct and within two hops, and
// whether the partner is a link-master there), group members already in the region,
// recent projects elsewhere, and the province. Filters are applied here; an empty list
// or a minCapacity of 0 means no filter. The filters come as one map, $filter: Neo4j
// caches plans per parameter types, and this way it plans the query once, not once per
// combination of filters (planning it takes seconds).
// Which firms are ranked: every qualifying candidate already trading with a firm in the
// region, plus the $candidates largest other qualifying candidates by capacity in the
// link's unit, $candidates in all. The candidates of a link and their capacity are
// derived data, (:Enterprise)-[:CANDIDATE_FOR]->(:Link) (docs/data-model.md), so the
// largest are read from an index in order, and only as many as the filters need; only
// the chosen ones get the costlier facts (ties, groups, projects). See docs/gap-analysis.md.
MATCH (scope:Region {code: $region})
CALL (scope) {
  MATCH (scope)-[:PART_OF*0..4]->(top:Region)
  WHERE NOT (top)-[:PART_OF]->()
  RETURN top.code AS regionProvince
}
CALL (scope) {
  MATCH (scope)<-[:PART_OF*0..4]-(r:Region)
  RETURN collect(r) AS localRegions, collect(r.code) AS localCodes
}
// The region's firms, once: every tie below is a membership test against them rather
// than a walk from each partner to its region.
CALL (localRegions) {
  UNWIND localRegions AS r
  MATCH (r)<-[:LOCATED_IN]-(f:Enterprise)
  RETURN collect(f) AS localFirms
}
// The firms trading with the region's firms, when the region is small enough for that to
// be cheaper than walking two hops from every candidate: a candidate has a two-hop tie
// only through one of them. An empty list with nearKnown false means "not computed".
CALL (localFirms) {
  UNWIND CASE WHEN size(localFirms) <= 1000 THEN localFirms ELSE [] END AS f
  MATCH (f)-[:SUPPLIES]-(n)
  RETURN collect(DISTINCT n) AS nearLocal
}
WITH *, size(localFirms) <= 1000 AS nearKnown
UNWIND $links AS linkId
MATCH (l:Link {id: linkId})
// Read once here rather than once per candidate row below.
WITH *, l.name AS linkName, l.nameEn AS linkNameEn, l.unit AS linkUnit, scope.name AS regionName,
     scope.level AS regionLevel
CALL (l) {
  OPTIONAL MATCH (l)-[:HAS_TOTAL]->(t:LinkTotal {status: 'operating'})
  WHERE t.unit = l.unit
  RETURN coalesce(sum(t.capacity), 0.0) AS nationalCapacity
}
// Candidates already trading with a firm in the region. When the region's trading
// partners are known, that is their intersection with the candidates; otherwise SUPPLIES
// is walked from the smaller of the two sets (a big city's firms, or a link's
// candidates). Listing a link's candidates reads one relationship each, no properties.
CALL (l, localFirms, nearLocal, nearKnown) {
  WITH localFirms, nearLocal, nearKnown, [(e)-[:CANDIDATE_FOR]->(l) | e] AS poolFirms
  WITH nearLocal, nearKnown, poolFirms, size(localFirms) <= size(poolFirms) AS fromLocal,
       CASE WHEN nearKnown THEN [] WHEN size(localFirms) <= size(poolFirms) THEN localFirms ELSE poolFirms END AS walked,
       CASE WHEN size(localFirms) <= size(poolFirms) THEN poolFirms ELSE localFirms END AS other
  CALL (walked, other, fromLocal) {
    UNWIND walked AS a
    MATCH (a)-[:SUPPLIES]-(b)
    WHERE b IN other
    RETURN collect(DISTINCT CASE WHEN fromLocal THEN b ELSE a END) AS walkedTrading
  }
  RETURN CASE WHEN nearKnown THEN [b IN nearLocal WHERE b IN poolFirms] ELSE walkedTrading END AS trading
}
// The two kinds of candidates go through the same filters; Cypher has no way to share
// them, so they are written twice below. Keep the two copies the same.
CALL (l, trading, localRegions) {
  UNWIND trading AS e
  MATCH (e)-[c:CANDIDATE_FOR]->(l)
  WHERE c.capacity >= $filter.minCapacity
  MATCH (e)-[:LOCATED_IN]->(er:Region)
  WHERE NOT er IN localRegions
    AND (size($filter.ownership) = 0 OR e.ownership IN $filter.ownership)
    AND (size($filter.tags) = 0 OR any(t IN coalesce(e.tags, []) WHERE t IN $filter.tags))
  OPTIONAL MATCH (er)-[:PART_OF*0..4]->(prov:Region)
  WHERE NOT (prov)-[:PART_OF]->()
  WITH e, c, er, prov
  WHERE (size($filter.includeProvinces) = 0 OR prov.code IN $filter.includeProvinces)
    AND NOT prov.code IN $filter.excludeProvinces
  WITH e, c, er, prov
  ORDER BY c.capacity DESC, elementId(e)
  RETURN collect({e: e, c: c, er: er, prov: prov})[..$candidates] AS tradingRows
}
CALL (l, trading, localRegions) {
  WITH l.id AS candidatesOf, trading, localRegions
  MATCH (e)-[c:CANDIDATE_FOR]->()
  USING INDEX c:CANDIDATE_FOR(link, capacity)
  WHERE c.link = candidatesOf AND c.capacity >= $filter.minCapacity
  // Ordering by both indexed properties lets the index hand the rows over in this order,
  // so only as many are read as the filters below let through up to LIMIT.
  WITH e, c, trading, localRegions
  ORDER BY c.link DESC, c.capacity DESC
  WHERE NOT e IN trading
  MATCH (e)-[:LOCATED_IN]->(er:Region)
  WHERE NOT er IN localRegions
    AND (size($filter.ownership) = 0 OR e.ownership IN $filter.ownership)
    AND (size($filter.tags) = 0 OR any(t IN coalesce(e.tags, []) WHERE t IN $filter.tags))
  OPTIONAL MATCH (er)-[:PART_OF*0..4]->(prov:Region)
  WHERE NOT (prov)-[:PART_OF]->()
  WITH e, c, er, prov
  WHERE (size($filter.includeProvinces) = 0 OR prov.code IN $filter.includeProvinces)
    AND NOT prov.code IN $filter.excludeProvinces
  WITH e, c, er, prov
  LIMIT $candidates
  RETURN collect({e: e, c: c, er: er, prov: prov}) AS otherRows
}
UNWIND (tradingRows + otherRows)[..$candidates] AS row
WITH regionProvince, regionName, regionLevel, localCodes, localRegions, localFirms, nearLocal, nearKnown, l,
     linkId, linkName, linkNameEn, linkUnit, nationalCapacity, row.e AS e, row.c AS c, row.er AS er, row.prov AS prov
// The costlier facts, for the chosen candidates only. One walk over each candidate's own
// relationships (a firm has a handful) serves its direct ties, the first hop of its
// two-hop ties, its group and its projects: a walk per fact read the same chain four times.
WITH *, [(e)-[r:SUPPLIES|INVESTS|SUBSIDIARY_OF]-(x) | {type: type(r), out: startNode(r) = e, r: r, x: x}] AS rels
CALL (e, rels, localCodes, localFirms) {
  UNWIND rels AS t
  WITH t WHERE t.type = 'SUPPLIES' AND t.x IN localFirms
  WITH t.r AS s, t.x AS x, t.out AS out
  RETURN collect(DISTINCT {id: x.id, name: x.name, supplies: out, link: s.link,
    master: EXISTS { (x)-[d:LINK_MASTER]->(:Chain) WHERE d.region IN localCodes }})[..5] AS directTies
}
CALL (e, rels, localCodes, localFirms, nearLocal, nearKnown) {
  UNWIND rels AS t
  WITH e, t WHERE t.type = 'SUPPLIES' AND (NOT nearKnown OR t.x IN nearLocal)
  WITH e, t.x AS mid
  MATCH (mid)-[:SUPPLIES]-(x)
  WHERE x <> e AND x IN localFirms
  RETURN collect(DISTINCT {via: mid.name, name: x.name,
    master: EXISTS { (x)-[d:LINK_MASTER]->(:Chain) WHERE d.region IN localCodes }})[..3] AS indirectTies
}
CALL (e, rels, localFirms) {
  WITH e WHERE any(t IN rels WHERE t.type = 'SUBSIDIARY_OF')
  MATCH (e)-[:SUBSIDIARY_OF*0..2]->(:Enterprise)<-[:SUBSIDIARY_OF*1..2]-(m:Enterprise)
  WHERE m <> e AND m IN localFirms
  RETURN collect(DISTINCT m.name)[..3] AS groupInRegion
}
CALL (rels, localRegions) {
  UNWIND rels AS t
  WITH t.x AS p WHERE t.type = 'INVESTS' AND t.out
    AND p.status IN ['signed', 'started', 'producing']
    AND coalesce(p.signedOn, p.startedOn, p.producingOn, p.asOf, '') >= $since
  MATCH (p)-[:LOCATED_IN]->(pr:Region)
  WHERE NOT pr IN localRegions
  RETURN count(p) AS recentProjects, sum(coalesce(p.investmentYi, 0.0)) AS recentInvestmentYi,
         collect(p.name)[..2] AS recentProjectNames
}
// Only the enterprise fields the ranking and the targets view use: the GraphQL layer
// loads any other field a client asks for (partial rows, server/graphql/resolvers.ts).
RETURN linkId AS link, linkName, linkNameEn, linkUnit AS unit, nationalCapacity,
       regionName, regionLevel, regionProvince, e {.id, .name, .ownership, .tags, region: er {.code, .name}} AS enterprise,
       prov.code AS province, prov.name AS provinceName, c.viaGroup AS viaGroup, c.capacity AS capacityInUnit,
       [i IN range(0, size(c.units) - 1) | {value: c.capacities[i], unit: c.units[i]}] AS capacity,
       directTies, indirectTies, groupInRegion, recentProjects, recentInvestmentYi, recentProjectNames
