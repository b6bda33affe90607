// Deletes the link $id with its derived totals; the resolver has refused if anything
// still refers to it (edit/link-dependents).
MATCH (l:Link {id: $id})
OPTIONAL MATCH (l)-[:HAS_TOTAL]->(t:LinkTotal)
DETACH DELETE l, t
