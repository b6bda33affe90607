// National totals of each link in $links (全国产能与企业数合计): operating, building and
// planned capacity per unit with the number of firms, and the distinct firms that operate
// it. Gap analysis and target ranking read these instead of every producer in China on
// each request (a link can have thousands). Derived data: recomputed from PRODUCES by
// every write that touches a link's producers (the importer, in its own transaction),
// never imported or exported.
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
