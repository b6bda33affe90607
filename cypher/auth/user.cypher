// One account without its password hash, with its regions and chains.
MATCH (u:User {id: $id})
RETURN u {.id, .username, .displayName, .role, .disabled, .createdAt,
          regions: [(u)-[:SCOPED_TO]->(r:Region) | r {.code, .name}][..$max],
          chains: [(u)-[:LEADS_CHAIN]->(c:Chain) | c {.id, .name}][..$max]} AS user
