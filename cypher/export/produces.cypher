// produces.csv, one page of producing firms in id order with what they make (parameters:
// see regions.cypher). A chain's export keeps its firms' production of its own links; a
// region's, all production of the firms located in it or below.
MATCH (e:Enterprise)
WHERE e.id > $after AND (
  ($scope = 'all' AND EXISTS { (e)-[:PRODUCES]->(:Link) })
  OR ($scope = 'chain' AND EXISTS { (e)-[:PRODUCES]->(l) WHERE l.id IN $links })
  OR ($scope = 'region' AND EXISTS { (e)-[:PRODUCES]->(:Link) }
    AND EXISTS { (e)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree }))
WITH e ORDER BY e.id LIMIT $limit
RETURN e.id AS cursor, COLLECT {
  MATCH (e)-[p:PRODUCES]->(l:Link)
  WHERE $scope <> 'chain' OR l.id IN $links
  RETURN p {.*, enterprise: e.id, link: l.id}
} AS rows
