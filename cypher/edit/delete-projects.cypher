// A project owns its INVESTS, LOCATED_IN and FOR_LINK and its move history
// ((:ProjectMove), docs/ledger.md): they go with it. A lead it came from keeps its
// status (won) and loses only the BECAME relationship.
MATCH (p:Project {id: $id})
CALL (p) {
  MATCH (p)-[:MOVED]->(m:ProjectMove)
  DETACH DELETE m
}
DETACH DELETE p
