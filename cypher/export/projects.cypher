// projects.csv, one page in id order with investor, place and link (parameters: see
// regions.cypher). A chain's projects are those for its links; a region's, those built
// in it or below and those its firms invest in elsewhere.
MATCH (p:Project)
WHERE p.id > $after AND (
  $scope = 'all'
  OR ($scope = 'chain' AND EXISTS { (p)-[:FOR_LINK]->(l) WHERE l.id IN $links })
  OR ($scope = 'region' AND (
    EXISTS { (p)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree }
    OR EXISTS { (p)<-[:INVESTS]-(:Enterprise)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree })))
WITH p ORDER BY p.id LIMIT $limit
RETURN p.id AS cursor, [p {
  .*,
  enterprise: [(e:Enterprise)-[:INVESTS]->(p) | e.id][0],
  region: [(p)-[:LOCATED_IN]->(r:Region) | r.code][0],
  link: [(p)-[:FOR_LINK]->(l:Link) | l.id][0]
}] AS rows
