// Changes follow-up $id ($set: fixed property names chosen by server/ledger/leads.ts).
MATCH (f:FollowUp {id: $id})
SET f += $set
RETURN f.id AS id
