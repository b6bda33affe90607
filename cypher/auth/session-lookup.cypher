// The session behind a token hash and its user, with the user's scope; expiry and
// disabled are judged by the caller against its clock, so it can say which it was.
MATCH (s:Session {tokenHash: $tokenHash})-[:OF]->(u:User)
RETURN s.expiresAt AS expiresAt,
       u {.id, .username, .displayName, .role, .disabled, .createdAt,
          regions: [(u)-[:SCOPED_TO]->(r:Region) | r {.code, .name}][..$max],
          chains: [(u)-[:LEADS_CHAIN]->(c:Chain) | c {.id, .name}][..$max]} AS user
