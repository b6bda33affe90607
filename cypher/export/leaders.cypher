// leaders.csv, one page of chains in id order with their chain leaders (parameters: see
// regions.cypher); at most one leader per chain and region. A chain's export keeps its
// leaders; a region's, the leaders of it and the regions below it.
MATCH (c:Chain)
WHERE c.id > $after AND EXISTS { (c)-[:LEADER]->(:Region) } AND ($scope = 'all' OR c.id IN $chains)
WITH c ORDER BY c.id LIMIT $limit
RETURN c.id AS cursor, COLLECT {
  MATCH (c)-[l:LEADER]->(r:Region)
  WHERE $scope <> 'region' OR r.code IN $subtree
  RETURN l {.*, chain: c.id, region: r.code}
} AS rows
