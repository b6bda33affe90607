// Full-text search over enterprise names and aliases ($query is already Lucene-escaped).
CALL db.index.fulltext.queryNodes('enterprise_names', $query, {limit: $first})
YIELD node, score
OPTIONAL MATCH (node)-[:LOCATED_IN]->(region:Region)
RETURN node {.*, region: region {.*}} AS enterprise, score
ORDER BY score DESC
LIMIT $first
