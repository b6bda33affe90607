// The moves of project $id, newest first, at most $first.
MATCH (:Project {id: $id})-[:MOVED]->(m:ProjectMove)
RETURN m {.*} AS move
ORDER BY m.at DESC, m.id DESC
LIMIT $first
