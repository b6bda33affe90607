// followups.csv: follow-up records (docs/ledger.md), each ABOUT its lead.
UNWIND $rows AS row
MATCH (lead:Lead {id: row.lead})
MERGE (f:FollowUp {id: row.id})
SET f.kind = row.kind, f.on = row.on, f.people = row.people, f.outcome = row.outcome, f.note = row.note,
    f.createdAt = row.createdAt, f.createdBy = row.createdBy
WITH f, lead
FOREACH (old IN [(f)-[o:ABOUT]->(x:Lead) WHERE x <> lead | o] | DELETE old)
MERGE (f)-[:ABOUT]->(lead)
