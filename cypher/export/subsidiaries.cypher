// subsidiaries.csv, one page of subsidiaries in id order with their parents (parameters:
// see regions.cypher). A chain's export keeps group ties between its firms (as
// enterprises.cypher defines them); a region's, the ties of its firms either way.
MATCH (child:Enterprise)
WHERE child.id > $after AND EXISTS { (child)-[:SUBSIDIARY_OF]->(:Enterprise) } AND (
  $scope = 'all'
  OR ($scope = 'chain' AND (
    EXISTS { (child)-[:PRODUCES]->(l) WHERE l.id IN $links }
    OR EXISTS { (child)-[:LINK_MASTER]->(c) WHERE c.id IN $chains }
    OR EXISTS { (child)-[:INVESTS]->(:Project)-[:FOR_LINK]->(l) WHERE l.id IN $links }))
  OR ($scope = 'region' AND (
    EXISTS { (child)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree }
    OR EXISTS { (child)-[:SUBSIDIARY_OF]->(:Enterprise)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree })))
WITH child, $scope = 'region' AND EXISTS { (child)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree } AS local
ORDER BY child.id LIMIT $limit
RETURN child.id AS cursor, COLLECT {
  MATCH (child)-[s:SUBSIDIARY_OF]->(parent:Enterprise)
  WHERE $scope = 'all'
    OR ($scope = 'chain' AND (
      EXISTS { (parent)-[:PRODUCES]->(l) WHERE l.id IN $links }
      OR EXISTS { (parent)-[:LINK_MASTER]->(c) WHERE c.id IN $chains }
      OR EXISTS { (parent)-[:INVESTS]->(:Project)-[:FOR_LINK]->(l) WHERE l.id IN $links }))
    OR ($scope = 'region' AND (local OR EXISTS { (parent)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree }))
  RETURN s {.*, child: child.id, parent: parent.id}
} AS rows
