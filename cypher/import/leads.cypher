// leads.csv: leads (docs/ledger.md) with the firm they target, the link, the recruiting
// region and, for a won lead, the project it became. A lead has one of each, so
// relationships a corrected row no longer names are removed.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise})
MATCH (l:Link {id: row.link})
MATCH (r:Region {code: row.region})
MERGE (lead:Lead {id: row.id})
SET lead.status = row.status, lead.openedOn = row.openedOn, lead.closedOn = row.closedOn,
    lead.dropReason = row.dropReason, lead.createdAt = row.createdAt, lead.createdBy = row.createdBy
WITH lead, e, l, r, row
FOREACH (old IN [(lead)-[o:TARGETS]->(x:Enterprise) WHERE x <> e | o] | DELETE old)
FOREACH (old IN [(lead)-[o:FOR_LINK]->(x:Link) WHERE x <> l | o] | DELETE old)
FOREACH (old IN [(lead)-[o:FOR_REGION]->(x:Region) WHERE x <> r | o] | DELETE old)
FOREACH (old IN [(lead)-[o:BECAME]->(x:Project) WHERE row.project IS NULL OR x.id <> row.project | o] | DELETE old)
MERGE (lead)-[:TARGETS]->(e)
MERGE (lead)-[:FOR_LINK]->(l)
MERGE (lead)-[:FOR_REGION]->(r)
WITH lead, row
OPTIONAL MATCH (p:Project {id: row.project})
FOREACH (x IN CASE WHEN p IS NULL THEN [] ELSE [p] END | MERGE (lead)-[:BECAME]->(x))
