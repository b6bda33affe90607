// How many enabled administrators there are besides $except, so the last one cannot be
// disabled or demoted (nobody could manage users any more).
MATCH (u:User {role: 'admin'})
WHERE u.disabled = false AND u.id <> $except
RETURN count(u) AS admins
