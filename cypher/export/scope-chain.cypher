// What a chain's export holds besides the rows found table by table: the chain's links
// and every region the exported rows name (where its firms, link-masters' firms and
// project investors are; link-master, project and chain-leader regions), with all their
// ancestors, so the dataset imports into an empty database. No row when the chain does
// not exist. Lists are bounded by the number of links and regions, never by firms. With
// the ledger ($ledger), also the recruiting regions of the chain's leads and where the
// firms they target are.
MATCH (c:Chain {id: $chain})
WITH c, COLLECT { MATCH (c)-[:HAS_LINK]->(l:Link) RETURN l.id } AS links
WITH c, links, COLLECT {
  MATCH (c)-[:HAS_LINK]->(:Link)<-[:PRODUCES]-(:Enterprise)-[:LOCATED_IN]->(r:Region)
  RETURN r.code AS code
  UNION
  MATCH (c)<-[:LINK_MASTER]-(:Enterprise)-[:LOCATED_IN]->(r:Region)
  RETURN r.code AS code
  UNION
  MATCH (c)<-[m:LINK_MASTER]-(:Enterprise)
  RETURN m.region AS code
  UNION
  MATCH (c)-[:HAS_LINK]->(:Link)<-[:FOR_LINK]-(:Project)-[:LOCATED_IN]->(r:Region)
  RETURN r.code AS code
  UNION
  MATCH (c)-[:HAS_LINK]->(:Link)<-[:FOR_LINK]-(:Project)<-[:INVESTS]-(:Enterprise)-[:LOCATED_IN]->(r:Region)
  RETURN r.code AS code
  UNION
  MATCH (c)-[:LEADER]->(r:Region)
  RETURN r.code AS code
  UNION
  MATCH (c)-[:HAS_LINK]->(:Link)<-[:FOR_LINK]-(:Lead)-[:FOR_REGION]->(r:Region)
  WHERE $ledger
  RETURN r.code AS code
  UNION
  MATCH (c)-[:HAS_LINK]->(:Link)<-[:FOR_LINK]-(:Lead)-[:TARGETS]->(:Enterprise)-[:LOCATED_IN]->(r:Region)
  WHERE $ledger
  RETURN r.code AS code
} AS named
RETURN
  [c.id] AS chains,
  links,
  COLLECT {
    MATCH (r:Region)-[:PART_OF*0..4]->(a:Region)
    WHERE r.code IN named
    RETURN DISTINCT a.code
  } AS regions,
  [] AS subtree
