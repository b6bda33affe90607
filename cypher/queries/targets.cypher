// Candidate firms to recruit for each link in $links into region $region: firms outside
// the region that make the link (operating or building), or groups whose subsidiaries
// make it, with the facts their score is computed from (server/analysis/targets.ts):
// capacity, tags, supply ties to firms in the region (direct and within two hops, and
// whether the partner is a link-master there), group members already in the region,
// recent projects elsewhere, and the province. Filters are applied here; an empty list
// or a minCapacity of 0 means no filter. The filters come as one map, $filter: Neo4j
// caches plans per parameter types, and this way it plans the query once, not once per
// combination of filters (planning it takes seconds).
// Which firms are ranked: every qualifying producer already trading with a firm in the
// region (found from the region's side), plus the $candidates largest other qualifying
// producers by capacity in the link's unit. Only those get the costlier facts (ties,
// groups, projects), so a link with thousands of producers still answers in one quick
// round trip; see docs/gap-analysis.md.
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
CALL (l) {
  OPTIONAL MATCH (l)-[:HAS_TOTAL]->(t:LinkTotal {status: 'operating'})
  WHERE t.unit = l.unit
  RETURN coalesce(sum(t.capacity), 0.0) AS nationalCapacity
}
// Every producer of the link with its operating capacity in the link's unit (only
// enterprises produce, so no label check), and the groups above producers (2 levels of
// SUBSIDIARY_OF) that do not produce it themselves, with their subsidiaries' capacity.
CALL (l) {
  CALL (l) {
    WITH l, l.unit AS linkUnit
    MATCH (p)-[x:PRODUCES]->(l)
    RETURN p AS e, false AS viaGroup,
           sum(CASE WHEN x.status = 'operating' AND x.unit = linkUnit THEN coalesce(x.capacity, 0.0) ELSE 0.0 END) AS capacityInUnit
    UNION
    MATCH (g:Enterprise)<-[:SUBSIDIARY_OF*1..2]-()-[x:PRODUCES]->(l)
    WHERE NOT (g)-[:PRODUCES]->(l)
    WITH g, l, collect(DISTINCT x) AS xs
    RETURN g AS e, true AS viaGroup,
           reduce(s = 0.0, x IN xs | s + CASE WHEN x.status = 'operating' AND x.unit = l.unit THEN coalesce(x.capacity, 0.0) ELSE 0.0 END) AS capacityInUnit
  }
  WITH e, viaGroup, capacityInUnit
  WHERE capacityInUnit >= $filter.minCapacity
  RETURN collect({e: e, viaGroup: viaGroup, capacityInUnit: capacityInUnit}) AS pool, collect(e) AS poolFirms
}
// Producers already trading with a firm in the region. SUPPLIES is read in both
// directions, so walk it from the smaller of the two sets (a big city's firms, or a
// link's producers) and test membership in the other.
CALL (localFirms, poolFirms) {
  WITH size(localFirms) <= size(poolFirms) AS fromLocal, localFirms, poolFirms
  WITH fromLocal, CASE WHEN fromLocal THEN localFirms ELSE poolFirms END AS walked,
       CASE WHEN fromLocal THEN poolFirms ELSE localFirms END AS other
  UNWIND walked AS a
  MATCH (a)-[:SUPPLIES]-(b)
  WHERE b IN other
  RETURN collect(DISTINCT CASE WHEN fromLocal THEN b ELSE a END) AS trading
}
CALL (pool, trading, localRegions) {
  UNWIND pool AS c
  WITH c.e AS e, c.viaGroup AS viaGroup, c.capacityInUnit AS capacityInUnit
  // Trading partners first, then the largest; the rows after this sort are pulled one
  // by one, so the filters below run only until LIMIT is reached.
  ORDER BY e IN trading DESC, capacityInUnit DESC, elementId(e)
  MATCH (e)-[:LOCATED_IN]->(er:Region)
  WHERE NOT er IN localRegions
    AND (size($filter.ownership) = 0 OR e.ownership IN $filter.ownership)
    AND (size($filter.tags) = 0 OR any(t IN coalesce(e.tags, []) WHERE t IN $filter.tags))
  OPTIONAL MATCH (er)-[:PART_OF*0..4]->(prov:Region)
  WHERE NOT (prov)-[:PART_OF]->()
  WITH e, viaGroup, er, prov, capacityInUnit
  WHERE (size($filter.includeProvinces) = 0 OR prov.code IN $filter.includeProvinces)
    AND NOT prov.code IN $filter.excludeProvinces
  RETURN e, viaGroup, er, prov, capacityInUnit
  LIMIT $candidates
}
WITH scope, regionProvince, localCodes, localRegions, localFirms, nearLocal, nearKnown, l, nationalCapacity, e, viaGroup, er, prov, capacityInUnit,
     CASE WHEN viaGroup
       THEN [(e)<-[:SUBSIDIARY_OF*1..2]-(:Enterprise)-[x:PRODUCES {status: 'operating'}]->(l) WHERE x.capacity IS NOT NULL | {value: x.capacity, unit: x.unit}]
       ELSE [(e)-[x:PRODUCES {status: 'operating'}]->(l) WHERE x.capacity IS NOT NULL | {value: x.capacity, unit: x.unit}]
     END AS capacity
CALL (e, localCodes, localRegions, localFirms) {
  OPTIONAL MATCH (e)-[s:SUPPLIES]-(x:Enterprise)
  WHERE x IN localFirms
  WITH e, s, x WHERE x IS NOT NULL
  RETURN collect(DISTINCT {id: x.id, name: x.name, supplies: startNode(s) = e, link: s.link,
    master: EXISTS { (x)-[d:LINK_MASTER]->(:Chain) WHERE d.region IN localCodes }})[..5] AS directTies
}
CALL (e, localCodes, localFirms, nearLocal, nearKnown) {
  OPTIONAL MATCH (e)-[:SUPPLIES]-(mid)-[:SUPPLIES]-(x)
  WHERE (NOT nearKnown OR mid IN nearLocal) AND x <> e AND x IN localFirms
  WITH mid, x WHERE x IS NOT NULL
  RETURN collect(DISTINCT {via: mid.name, name: x.name,
    master: EXISTS { (x)-[d:LINK_MASTER]->(:Chain) WHERE d.region IN localCodes }})[..3] AS indirectTies
}
CALL (e, localCodes, localRegions, localFirms) {
  OPTIONAL MATCH (e)-[:SUBSIDIARY_OF*0..2]->(:Enterprise)<-[:SUBSIDIARY_OF*1..2]-(m:Enterprise)
  WHERE m <> e AND m IN localFirms
  WITH m WHERE m IS NOT NULL
  RETURN collect(DISTINCT m.name)[..3] AS groupInRegion
}
CALL (e, localCodes, localRegions, localFirms) {
  OPTIONAL MATCH (e)-[:INVESTS]->(p:Project)-[:LOCATED_IN]->(pr:Region)
  WHERE p.status IN ['signed', 'started', 'producing']
    AND coalesce(p.signedOn, p.startedOn, p.producingOn, p.asOf, '') >= $since
    AND NOT pr IN localRegions
  WITH p WHERE p IS NOT NULL
  RETURN count(p) AS recentProjects, sum(coalesce(p.investmentYi, 0.0)) AS recentInvestmentYi,
         collect(p.name)[..2] AS recentProjectNames
}
RETURN l.id AS link, l.name AS linkName, l.nameEn AS linkNameEn, l.unit AS unit, nationalCapacity,
       regionProvince, e {.*, region: er {.*}} AS enterprise, prov.code AS province, prov.name AS provinceName,
       viaGroup, capacity, capacityInUnit, directTies, indirectTies, groupInRegion,
       recentProjects, recentInvestmentYi, recentProjectNames
