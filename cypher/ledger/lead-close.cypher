// Closes lead $id ($set: status, closedOn, dropReason) and, when won, links the project $project it became.
MATCH (lead:Lead {id: $id})
SET lead += $set
WITH lead
OPTIONAL MATCH (p:Project {id: $project})
FOREACH (x IN CASE WHEN p IS NULL THEN [] ELSE [p] END | MERGE (lead)-[:BECAME]->(x))
RETURN lead.id AS id
