// The project $id as it is now, with its investor, region and link.
MATCH (p:Project {id: $id})
OPTIONAL MATCH (e:Enterprise)-[:INVESTS]->(p)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(r:Region)
OPTIONAL MATCH (p)-[:FOR_LINK]->(l:Link)
RETURN properties(p) AS props, {enterprise: e.id, region: r.code, link: l.id} AS refs
LIMIT 1
