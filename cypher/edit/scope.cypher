// Where an edit lies, for the permission check and the audit trail: the regions the
// firms $firms are located in, and the chains that contain the links $links or a link
// made by the firms $producers. Bounded by what a handful of firms and links touch.
CALL () {
  UNWIND $firms AS id
  MATCH (:Enterprise {id: id})-[:LOCATED_IN]->(r:Region)
  RETURN collect(DISTINCT r.code) AS regions
}
CALL () {
  UNWIND $links AS id
  MATCH (c:Chain)-[:HAS_LINK]->(:Link {id: id})
  RETURN collect(DISTINCT c.id) AS linkChains
}
CALL () {
  UNWIND $producers AS id
  MATCH (:Enterprise {id: id})-[:PRODUCES]->(:Link)<-[:HAS_LINK]-(c:Chain)
  RETURN collect(DISTINCT c.id) AS producerChains
}
RETURN regions, linkChains + [c IN producerChains WHERE NOT c IN linkChains] AS chains
