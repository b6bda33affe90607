// A new session of a user (login). Only the token's hash is stored.
MATCH (u:User {id: $userId})
CREATE (s:Session {tokenHash: $tokenHash, createdAt: $createdAt, expiresAt: $expiresAt})-[:OF]->(u)
RETURN s.expiresAt AS expiresAt
