// project_moves.csv, one page of moves in id order (parameters: see regions.cypher): the
// moves of the projects projects.cypher exports. The user by username: that of the
// account which recorded it, else the name an import kept as text.
MATCH (p:Project)-[:MOVED]->(m:ProjectMove)
WHERE m.id > $after AND $ledger AND (
  $scope = 'all'
  OR ($scope = 'chain' AND EXISTS { (p)-[:FOR_LINK]->(l) WHERE l.id IN $links })
  OR ($scope = 'region' AND (
    EXISTS { (p)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree }
    OR EXISTS { (p)<-[:INVESTS]-(:Enterprise)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree })))
WITH p, m ORDER BY m.id LIMIT $limit
RETURN m.id AS cursor, [m {
  .*,
  project: p.id,
  user: coalesce(head(COLLECT { MATCH (u:User {id: m.userId}) RETURN u.username }), m.username)
}] AS rows
