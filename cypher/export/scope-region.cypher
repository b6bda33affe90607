// What a region's export holds besides the rows found table by table. The region's rows
// are those of the firms located in it or below (its "subtree"), of the projects built
// there or by its firms, its link-master designations and chain leaders, and the supply
// and group relations of its firms. They name links, chains, other firms and regions:
// - links: those its firms make, supply or build projects for, plus every link of the
//   chains those links (and its link-masters and leaders) belong to, so each chain's
//   map is whole;
// - regions: the subtree and every region a named firm, project or designation is in,
//   with all their ancestors, so the dataset imports into an empty database.
// With the ledger ($ledger), its leads' links and where the firms they target are count
// as named too.
// No row when the region does not exist. Lists are bounded by the number of links,
// chains and regions, never by firms.
MATCH (root:Region {code: $region})
WITH root, COLLECT { MATCH (s:Region)-[:PART_OF*0..4]->(root) RETURN s.code } AS subtree
WITH subtree, COLLECT {
  MATCH (s:Region)<-[:LOCATED_IN]-(:Enterprise)-[:PRODUCES]->(l:Link)
  WHERE s.code IN subtree
  RETURN l.id AS id
  UNION
  MATCH (s:Region)<-[:LOCATED_IN]-(:Enterprise)-[x:SUPPLIES]-(:Enterprise)
  WHERE s.code IN subtree
  RETURN x.link AS id
  UNION
  MATCH (s:Region)<-[:LOCATED_IN]-(:Project)-[:FOR_LINK]->(l:Link)
  WHERE s.code IN subtree
  RETURN l.id AS id
  UNION
  MATCH (s:Region)<-[:LOCATED_IN]-(:Enterprise)-[:INVESTS]->(:Project)-[:FOR_LINK]->(l:Link)
  WHERE s.code IN subtree
  RETURN l.id AS id
  UNION
  MATCH (s:Region)<-[:FOR_REGION]-(:Lead)-[:FOR_LINK]->(l:Link)
  WHERE $ledger AND s.code IN subtree
  RETURN l.id AS id
} AS named
WITH subtree, named, COLLECT {
  MATCH (c:Chain)-[:HAS_LINK]->(l:Link)
  WHERE l.id IN named
  RETURN c.id AS id
  UNION
  MATCH (s:Region)<-[:LOCATED_IN]-(:Enterprise)-[:LINK_MASTER]->(c:Chain)
  WHERE s.code IN subtree
  RETURN c.id AS id
  UNION
  MATCH (:Enterprise)-[m:LINK_MASTER]->(c:Chain)
  WHERE m.region IN subtree
  RETURN c.id AS id
  UNION
  MATCH (c:Chain)-[:LEADER]->(s:Region)
  WHERE s.code IN subtree
  RETURN c.id AS id
} AS chains
WITH subtree, named, chains, COLLECT {
  MATCH (s:Region)<-[:LOCATED_IN]-(:Enterprise)-[:SUPPLIES|SUBSIDIARY_OF]-(:Enterprise)-[:LOCATED_IN]->(r:Region)
  WHERE s.code IN subtree
  RETURN r.code AS code
  UNION
  MATCH (s:Region)<-[:LOCATED_IN]-(:Project)<-[:INVESTS]-(:Enterprise)-[:LOCATED_IN]->(r:Region)
  WHERE s.code IN subtree
  RETURN r.code AS code
  UNION
  MATCH (s:Region)<-[:LOCATED_IN]-(:Enterprise)-[:INVESTS]->(:Project)-[:LOCATED_IN]->(r:Region)
  WHERE s.code IN subtree
  RETURN r.code AS code
  UNION
  MATCH (s:Region)<-[:LOCATED_IN]-(:Enterprise)-[m:LINK_MASTER]->(:Chain)
  WHERE s.code IN subtree
  RETURN m.region AS code
  UNION
  MATCH (r:Region)<-[:LOCATED_IN]-(:Enterprise)-[m:LINK_MASTER]->(:Chain)
  WHERE m.region IN subtree
  RETURN r.code AS code
  UNION
  MATCH (s:Region)<-[:FOR_REGION]-(:Lead)-[:TARGETS]->(:Enterprise)-[:LOCATED_IN]->(r:Region)
  WHERE $ledger AND s.code IN subtree
  RETURN r.code AS code
  UNION
  UNWIND subtree AS code
  RETURN code
} AS named_regions
RETURN
  chains,
  COLLECT {
    MATCH (c:Chain)-[:HAS_LINK]->(l:Link)
    WHERE c.id IN chains
    RETURN l.id AS id
    UNION
    UNWIND named AS id
    RETURN id
  } AS links,
  COLLECT {
    MATCH (r:Region)-[:PART_OF*0..4]->(a:Region)
    WHERE r.code IN named_regions
    RETURN DISTINCT a.code
  } AS regions,
  subtree
