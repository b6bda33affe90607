// Follow-up $id as the API shows it.
MATCH (f:FollowUp {id: $id})-[:ABOUT]->(lead:Lead)
RETURN f {.*, lead: lead.id} AS followUp
LIMIT 1
