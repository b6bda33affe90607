// Follow-up $id and the id of its lead.
MATCH (f:FollowUp {id: $id})-[:ABOUT]->(lead:Lead)
RETURN f {.*} AS followUp, lead.id AS lead
LIMIT 1
