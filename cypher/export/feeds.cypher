// feeds.csv, one page of input links in id order with what they feed (parameters: see
// regions.cypher). Scoped, only feeds between links the dataset holds.
MATCH (a:Link)
WHERE a.id > $after AND ($scope = 'all' OR a.id IN $links) AND EXISTS { (a)-[:FEEDS]->(:Link) }
WITH a ORDER BY a.id LIMIT $limit
RETURN a.id AS cursor, COLLECT {
  MATCH (a)-[f:FEEDS]->(b:Link)
  WHERE $scope = 'all' OR b.id IN $links
  RETURN f {.*, from: a.id, to: b.id}
} AS rows
