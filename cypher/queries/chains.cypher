// All chains, by name.
MATCH (c:Chain)
RETURN c {.*} AS chain
ORDER BY c.name
LIMIT $first
