// Ends every session of a user (disabled, password reset, logout everywhere), except
// the one whose hash is $keep when given (changing one's own password keeps that session).
MATCH (s:Session)-[:OF]->(:User {id: $userId})
WHERE $keep IS NULL OR s.tokenHash <> $keep
DETACH DELETE s
RETURN count(*) AS deleted
