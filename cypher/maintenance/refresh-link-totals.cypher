// National totals and ranked candidates of each link in $links. Derived data, recomputed
// from PRODUCES and SUBSIDIARY_OF by every write that touches a link's producers or their
// groups (the importer, in its own transaction), never imported or exported.
// - (:Link)-[:HAS_TOTAL]->(:LinkTotal) (全国产能与企业数合计): operating, building and
//   planned capacity per unit with the number of firms; and l.nationalOperatingFirms.
//   Gap analysis reads these instead of every producer in China (a link can have thousands).
// - (:Enterprise)-[:CANDIDATE_FOR {link, capacity, viaGroup, units, capacities}]->(:Link):
//   every producer of the link, and every group (up to 2 levels of SUBSIDIARY_OF above a
//   producer) that does not produce it itself, with its operating capacity in the link's
//   unit (`capacity`, the ranking key) and per unit (`units[i]`, `capacities[i]`). The
//   target search reads the largest from the (link, capacity) index instead of summing
//   every producer's capacity on each request.
UNWIND $links AS linkId
MATCH (l:Link {id: linkId})
CALL (l) {
  OPTIONAL MATCH (l)-[:HAS_TOTAL]->(old:LinkTotal)
  DETACH DELETE old
}
CALL (l) {
  MATCH (e:Enterprise)-[p:PRODUCES]->(l)
  WITH l, p.status AS status, p.unit AS unit, sum(p.capacity) AS capacity, count(DISTINCT e) AS firms
  CREATE (l)-[:HAS_TOTAL]->(:LinkTotal {status: status, unit: unit, capacity: capacity, firms: firms})
}
CALL (l) {
  OPTIONAL MATCH (e:Enterprise)-[:PRODUCES {status: 'operating'}]->(l)
  WITH l, count(DISTINCT e) AS firms
  SET l.nationalOperatingFirms = firms
}
CALL (l) {
  OPTIONAL MATCH ()-[old:CANDIDATE_FOR]->(l)
  DELETE old
}
CALL (l) {
  CALL (l) {
    MATCH (p:Enterprise)-[x:PRODUCES]->(l)
    RETURN p AS e, false AS viaGroup, collect(x) AS xs
    UNION ALL
    MATCH (g:Enterprise)<-[:SUBSIDIARY_OF*1..2]-(:Enterprise)-[x:PRODUCES]->(l)
    WHERE NOT (g)-[:PRODUCES]->(l)
    RETURN g AS e, true AS viaGroup, collect(DISTINCT x) AS xs
  }
  CALL (xs) {
    UNWIND xs AS x
    WITH x WHERE x.status = 'operating' AND x.capacity IS NOT NULL
    WITH coalesce(x.unit, '') AS unit, sum(x.capacity) AS capacity
    ORDER BY unit
    RETURN collect(unit) AS units, collect(capacity) AS capacities
  }
  CREATE (e)-[:CANDIDATE_FOR {
    link: l.id,
    capacity: reduce(s = 0.0, i IN range(0, size(units) - 1) |
      s + CASE WHEN units[i] = l.unit THEN capacities[i] ELSE 0.0 END),
    viaGroup: viaGroup, units: units, capacities: capacities}]->(l)
}
