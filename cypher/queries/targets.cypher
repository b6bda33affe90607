// Candidate firms to recruit for each link in $links into region $region: firms outside
// the region that make the link (operating or building), or groups whose subsidiaries
// make it, with the facts their score is computed from (server/analysis/targets.ts):
// capacity, tags, supply ties to firms in the region (direct and within two hops, and
// whether the partner is a link-master there), group members already in the region,
// recent projects elsewhere, and the province. Filters are applied here so `total` is
// the number that qualified. At most $candidates per link, largest capacity first.
MATCH (scope:Region {code: $region})
CALL (scope) {
  MATCH (scope)-[:PART_OF*0..4]->(top:Region)
  WHERE NOT (top)-[:PART_OF]->()
  RETURN top.code AS regionProvince
}
CALL (scope) {
  OPTIONAL MATCH (scope)<-[:PART_OF*0..4]-(r:Region)
  RETURN collect(r.code) AS localCodes
}
UNWIND $links AS linkId
MATCH (l:Link {id: linkId})
CALL (l) {
  OPTIONAL MATCH (:Enterprise)-[x:PRODUCES {status: 'operating'}]->(l)
  WHERE x.unit = l.unit
  RETURN sum(x.capacity) AS nationalCapacity
}
CALL (l, scope) {
  CALL (l) {
    MATCH (p:Enterprise)-[:PRODUCES]->(l)
    RETURN p AS e, false AS viaGroup
    UNION
    MATCH (g:Enterprise)<-[:SUBSIDIARY_OF*1..2]-(:Enterprise)-[:PRODUCES]->(l)
    WHERE NOT (g)-[:PRODUCES]->(l)
    RETURN DISTINCT g AS e, true AS viaGroup
  }
  WITH DISTINCT e, viaGroup
  WHERE NOT EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(scope) }
    AND ($ownership IS NULL OR e.ownership IN $ownership)
    AND ($tags IS NULL OR any(t IN coalesce(e.tags, []) WHERE t IN $tags))
  MATCH (e)-[:LOCATED_IN]->(er:Region)
  OPTIONAL MATCH (er)-[:PART_OF*0..4]->(prov:Region)
  WHERE NOT (prov)-[:PART_OF]->()
  WITH e, viaGroup, er, prov
  WHERE ($includeProvinces IS NULL OR prov.code IN $includeProvinces)
    AND ($excludeProvinces IS NULL OR NOT prov.code IN $excludeProvinces)
  WITH e, viaGroup, er, prov,
       CASE WHEN viaGroup
         THEN [(e)<-[:SUBSIDIARY_OF*1..2]-(:Enterprise)-[x:PRODUCES {status: 'operating'}]->(l) WHERE x.capacity IS NOT NULL | {value: x.capacity, unit: x.unit}]
         ELSE [(e)-[x:PRODUCES {status: 'operating'}]->(l) WHERE x.capacity IS NOT NULL | {value: x.capacity, unit: x.unit}]
       END AS capacity
  WITH e, viaGroup, er, prov, capacity,
       reduce(s = 0.0, q IN capacity | s + CASE WHEN q.unit = l.unit THEN q.value ELSE 0 END) AS capacityInUnit
  WHERE $minCapacity IS NULL OR capacityInUnit >= $minCapacity
  RETURN e, viaGroup, er, prov, capacity, capacityInUnit
  ORDER BY capacityInUnit DESC, e.id
  LIMIT $candidates
}
CALL (e, localCodes) {
  OPTIONAL MATCH (e)-[s:SUPPLIES]-(x:Enterprise)-[:LOCATED_IN]->(xr:Region)
  WHERE xr.code IN localCodes
  WITH e, s, x WHERE x IS NOT NULL
  RETURN collect(DISTINCT {id: x.id, name: x.name, supplies: startNode(s) = e, link: s.link,
    master: EXISTS { (x)-[d:LINK_MASTER]->(:Chain) WHERE d.region IN localCodes }})[..5] AS directTies
}
CALL (e, localCodes) {
  OPTIONAL MATCH (e)-[:SUPPLIES]-(mid:Enterprise)-[:SUPPLIES]-(x:Enterprise)-[:LOCATED_IN]->(xr:Region)
  WHERE x <> e AND xr.code IN localCodes
  WITH mid, x WHERE x IS NOT NULL
  RETURN collect(DISTINCT {via: mid.name, name: x.name,
    master: EXISTS { (x)-[d:LINK_MASTER]->(:Chain) WHERE d.region IN localCodes }})[..3] AS indirectTies
}
CALL (e, localCodes) {
  OPTIONAL MATCH (e)-[:SUBSIDIARY_OF*0..2]->(:Enterprise)<-[:SUBSIDIARY_OF*1..2]-(m:Enterprise)-[:LOCATED_IN]->(mr:Region)
  WHERE m <> e AND mr.code IN localCodes
  WITH m WHERE m IS NOT NULL
  RETURN collect(DISTINCT m.name)[..3] AS groupInRegion
}
CALL (e, localCodes) {
  OPTIONAL MATCH (e)-[:INVESTS]->(p:Project)-[:LOCATED_IN]->(pr:Region)
  WHERE p.status IN ['signed', 'started', 'producing']
    AND coalesce(p.signedOn, p.startedOn, p.producingOn, p.asOf, '') >= $since
    AND NOT pr.code IN localCodes
  WITH p WHERE p IS NOT NULL
  RETURN count(p) AS recentProjects, sum(coalesce(p.investmentYi, 0.0)) AS recentInvestmentYi,
         collect(p.name)[..2] AS recentProjectNames
}
RETURN l.id AS link, l.name AS linkName, l.nameEn AS linkNameEn, l.unit AS unit, nationalCapacity,
       regionProvince, e {.*, region: er {.*}} AS enterprise, prov.code AS province, prov.name AS provinceName,
       viaGroup, capacity, capacityInUnit, directTies, indirectTies, groupInRegion,
       recentProjects, recentInvestmentYi, recentProjectNames
