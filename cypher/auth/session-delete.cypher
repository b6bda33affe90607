// Logout: the session behind this token hash ends.
MATCH (s:Session {tokenHash: $tokenHash})
DETACH DELETE s
RETURN count(*) AS deleted
