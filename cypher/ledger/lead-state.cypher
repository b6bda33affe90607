// Lead $id with what the scope check needs: its firm, link, region and the link's chains.
MATCH (lead:Lead {id: $id})
MATCH (lead)-[:TARGETS]->(e:Enterprise)
MATCH (lead)-[:FOR_LINK]->(l:Link)
MATCH (lead)-[:FOR_REGION]->(r:Region)
RETURN lead {.*} AS lead, e.id AS enterprise, l.id AS link, r.code AS region,
  [(l)<-[:HAS_LINK]-(c:Chain) | c.id] AS chains
LIMIT 1
