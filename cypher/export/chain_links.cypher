// chain_links.csv, one page of chains in id order with all their links (parameters: see
// regions.cypher). A chain has at most a few hundred links.
MATCH (c:Chain)
WHERE c.id > $after AND ($scope = 'all' OR c.id IN $chains) AND EXISTS { (c)-[:HAS_LINK]->(:Link) }
WITH c ORDER BY c.id LIMIT $limit
RETURN c.id AS cursor, COLLECT {
  MATCH (c)-[h:HAS_LINK]->(l:Link)
  RETURN h {.*, chain: c.id, link: l.id}
} AS rows
