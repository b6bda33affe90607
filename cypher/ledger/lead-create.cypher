// A new lead: region $region recruiting firm $enterprise for link $link ($lead: its properties).
MATCH (e:Enterprise {id: $enterprise})
MATCH (l:Link {id: $link})
MATCH (r:Region {code: $region})
CREATE (lead:Lead)
SET lead = $lead
CREATE (lead)-[:TARGETS]->(e)
CREATE (lead)-[:FOR_LINK]->(l)
CREATE (lead)-[:FOR_REGION]->(r)
RETURN lead.id AS id
