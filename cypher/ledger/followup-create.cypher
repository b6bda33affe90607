// A follow-up record on lead $lead ($followUp: its properties).
MATCH (lead:Lead {id: $lead})
CREATE (f:FollowUp)
SET f = $followUp
CREATE (f)-[:ABOUT]->(lead)
RETURN f.id AS id
