// masters.csv, one page of link-master firms in id order with their designations
// (parameters: see regions.cypher). A chain's export keeps its own designations; a
// region's, those of its firms and those made for it or a region below it.
MATCH (e:Enterprise)
WHERE e.id > $after AND EXISTS { (e)-[:LINK_MASTER]->(:Chain) } AND (
  $scope = 'all'
  OR ($scope = 'chain' AND EXISTS { (e)-[:LINK_MASTER]->(c) WHERE c.id IN $chains })
  OR ($scope = 'region' AND (
    EXISTS { (e)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree }
    OR EXISTS { (e)-[m:LINK_MASTER]->(:Chain) WHERE m.region IN $subtree })))
WITH e, $scope = 'region' AND EXISTS { (e)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree } AS local
ORDER BY e.id LIMIT $limit
RETURN e.id AS cursor, COLLECT {
  MATCH (e)-[m:LINK_MASTER]->(c:Chain)
  WHERE $scope = 'all'
    OR ($scope = 'chain' AND c.id IN $chains)
    OR ($scope = 'region' AND (local OR m.region IN $subtree))
  RETURN m {.*, enterprise: e.id, chain: c.id}
} AS rows
