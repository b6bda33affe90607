// What still refers to the firm $id, by kind, with counts: a firm is deleted only when
// nothing but its location does, so no production, supply, holding, designation or
// project is lost without its own audit record, and no lead of the ledger loses the
// firm it targets.
MATCH (e:Enterprise {id: $id})
RETURN [x IN [
  {kind: 'produces', count: COUNT { (e)-[:PRODUCES]->() }},
  {kind: 'supplies', count: COUNT { (e)-[:SUPPLIES]-() }},
  {kind: 'subsidiaries', count: COUNT { (e)-[:SUBSIDIARY_OF]-() }},
  {kind: 'masters', count: COUNT { (e)-[:LINK_MASTER]->() }},
  {kind: 'projects', count: COUNT { (e)-[:INVESTS]->() }},
  {kind: 'leads', count: COUNT { (:Lead)-[:TARGETS]->(e) }}
] WHERE x.count > 0] AS dependents
