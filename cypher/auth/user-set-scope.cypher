// Replaces an account's regions (SCOPED_TO) and led chains (LEADS_CHAIN). The caller has
// checked that every code and id exists.
MATCH (u:User {id: $id})
OPTIONAL MATCH (u)-[old:SCOPED_TO|LEADS_CHAIN]->()
DELETE old
WITH DISTINCT u
CALL (u) {
  UNWIND $regions AS code
  MATCH (r:Region {code: code})
  MERGE (u)-[:SCOPED_TO]->(r)
}
CALL (u) {
  UNWIND $chains AS chainId
  MATCH (c:Chain {id: chainId})
  MERGE (u)-[:LEADS_CHAIN]->(c)
}
RETURN u.id AS id
