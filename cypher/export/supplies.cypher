// supplies.csv, one page of supplying firms in id order with their customers (parameters:
// see regions.cypher). A chain's export keeps supplies of its links between its firms
// (as enterprises.cypher defines them); a region's, the supplies to or from its firms.
MATCH (s:Enterprise)
WHERE s.id > $after AND EXISTS { (s)-[:SUPPLIES]->(:Enterprise) } AND (
  $scope = 'all'
  OR ($scope = 'chain' AND (
    EXISTS { (s)-[:PRODUCES]->(l) WHERE l.id IN $links }
    OR EXISTS { (s)-[:LINK_MASTER]->(c) WHERE c.id IN $chains }
    OR EXISTS { (s)-[:INVESTS]->(:Project)-[:FOR_LINK]->(l) WHERE l.id IN $links }))
  OR ($scope = 'region' AND (
    EXISTS { (s)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree }
    OR EXISTS { (s)-[:SUPPLIES]->(:Enterprise)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree })))
WITH s, $scope = 'region' AND EXISTS { (s)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree } AS local
ORDER BY s.id LIMIT $limit
RETURN s.id AS cursor, COLLECT {
  MATCH (s)-[x:SUPPLIES]->(c:Enterprise)
  WHERE $scope = 'all'
    OR ($scope = 'chain' AND x.link IN $links AND (
      EXISTS { (c)-[:PRODUCES]->(l) WHERE l.id IN $links }
      OR EXISTS { (c)-[:LINK_MASTER]->(ch) WHERE ch.id IN $chains }
      OR EXISTS { (c)-[:INVESTS]->(:Project)-[:FOR_LINK]->(l) WHERE l.id IN $links }))
    OR ($scope = 'region' AND (local OR EXISTS { (c)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree }))
  RETURN x {.*, supplier: s.id, customer: c.id}
} AS rows
