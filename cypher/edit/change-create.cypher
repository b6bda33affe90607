// One audit record (docs/editing.md), written in the transaction of the change it
// describes. before/after are JSON strings (Neo4j properties cannot be maps). ABOUT
// points at the nodes it concerns that exist after the change; the id lists stay on the
// record, so deleting an entity keeps its history queryable.
MATCH (u:User {id: $change.userId})
CREATE (c:Change)
SET c = $change, c.username = u.username
CREATE (c)-[:BY]->(u)
WITH c
CALL (c) {
  UNWIND c.enterprises AS id
  MATCH (n:Enterprise {id: id})
  CREATE (c)-[:ABOUT]->(n)
}
CALL (c) {
  UNWIND c.links AS id
  MATCH (n:Link {id: id})
  CREATE (c)-[:ABOUT]->(n)
}
CALL (c) {
  UNWIND c.chains AS id
  MATCH (n:Chain {id: id})
  CREATE (c)-[:ABOUT]->(n)
}
CALL (c) {
  UNWIND c.projects AS id
  MATCH (n:Project {id: id})
  CREATE (c)-[:ABOUT]->(n)
}
RETURN c {.*} AS change
