// chains.csv, one page in id order (parameters: see regions.cypher).
MATCH (c:Chain)
WHERE c.id > $after AND ($scope = 'all' OR c.id IN $chains)
WITH c ORDER BY c.id LIMIT $limit
RETURN c.id AS cursor, [c {.*}] AS rows
