// Candidate regions for benchmark arguments: every city and county, in code order so a
// seeded pick is reproducible.
MATCH (r:Region)
WHERE r.level IN ['city', 'county']
RETURN r.code AS code, r.level AS level
ORDER BY r.code
