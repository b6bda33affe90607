// Links by id with the chains they belong to.
UNWIND $ids AS id
MATCH (l:Link {id: id})
CALL (l) {
  OPTIONAL MATCH (c:Chain)-[:HAS_LINK]->(l)
  WITH c WHERE c IS NOT NULL
  ORDER BY c.name
  RETURN collect(c {.*})[..$max] AS chains
}
RETURN l {.*, chains: chains} AS link
