// What still refers to the firm $id, by kind, with counts: a firm is deleted only when
// nothing but its location does, so no production, supply, holding, designation or
// project is lost without its own audit record.
MATCH (e:Enterprise {id: $id})
RETURN [x IN [
  {kind: 'produces', count: COUNT { (e)-[:PRODUCES]->() }},
  {kind: 'supplies', count: COUNT { (e)-[:SUPPLIES]-() }},
  {kind: 'subsidiaries', count: COUNT { (e)-[:SUBSIDIARY_OF]-() }},
  {kind: 'masters', count: COUNT { (e)-[:LINK_MASTER]->() }},
  {kind: 'projects', count: COUNT { (e)-[:INVESTS]->() }}
] WHERE x.count > 0] AS dependents
