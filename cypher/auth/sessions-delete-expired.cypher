// Deletes up to $max expired sessions of anyone (run at each login; the index on
// expiresAt keeps it cheap), so abandoned sessions do not pile up.
MATCH (s:Session)
WHERE s.expiresAt <= $now
WITH s ORDER BY s.expiresAt
LIMIT $max
DETACH DELETE s
