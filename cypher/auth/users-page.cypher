// Accounts by username, after $after (the last username of the previous page), at most
// $first (the caller asks for one more to know whether another page follows).
MATCH (u:User)
WHERE $after IS NULL OR u.username > $after
WITH u ORDER BY u.username
LIMIT $first
RETURN u {.id, .username, .displayName, .role, .disabled, .createdAt,
          regions: [(u)-[:SCOPED_TO]->(r:Region) | r {.code, .name}][..$max],
          chains: [(u)-[:LEADS_CHAIN]->(c:Chain) | c {.id, .name}][..$max]} AS user
