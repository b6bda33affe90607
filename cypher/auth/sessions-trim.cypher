// Keeps a user's $keep newest sessions and deletes the rest, so the sessions of one
// account stay bounded however often it logs in without logging out.
MATCH (s:Session)-[:OF]->(:User {id: $userId})
WITH s ORDER BY s.createdAt DESC
SKIP $keep
DETACH DELETE s
