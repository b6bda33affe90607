// What a follow-up on firm $enterprise for link $link by region $region refers to: each
// exists or is null, the link's chains (the scope check) and the open lead of the three.
OPTIONAL MATCH (e:Enterprise {id: $enterprise})
OPTIONAL MATCH (l:Link {id: $link})
OPTIONAL MATCH (r:Region {code: $region})
RETURN e.id AS enterprise, l.id AS link, r.code AS region,
  [(l)<-[:HAS_LINK]-(c:Chain) | c.id] AS chains,
  [(lead:Lead)-[:TARGETS]->(e)
    WHERE lead.status = 'open' AND (lead)-[:FOR_LINK]->(l) AND (lead)-[:FOR_REGION]->(r) | lead.id][0] AS openLead
