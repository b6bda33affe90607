// What still refers to the link $id, by kind, with counts (derived totals do not count).
// SUPPLIES name their link in a property, which has no index: this scans supply
// relations, acceptable for a rare, administrator-only deletion.
MATCH (l:Link {id: $id})
RETURN [x IN [
  {kind: 'chain_links', count: COUNT { (:Chain)-[:HAS_LINK]->(l) }},
  {kind: 'feeds', count: COUNT { (l)-[:FEEDS]-() }},
  {kind: 'produces', count: COUNT { (:Enterprise)-[:PRODUCES]->(l) }},
  {kind: 'projects', count: COUNT { (:Project)-[:FOR_LINK]->(l) }},
  {kind: 'supplies', count: COUNT { ()-[s:SUPPLIES]->() WHERE s.link = l.id }}
] WHERE x.count > 0] AS dependents
