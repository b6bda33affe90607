// The enterprise $id as it is now (its properties and region), for an edit to compare
// against, merge a partial update into, and record in the audit trail.
MATCH (e:Enterprise {id: $id})
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN properties(e) AS props, {region: r.code} AS refs
LIMIT 1
