// The FEEDS from link $from to link $to as it is now.
MATCH (a:Link {id: $from})-[f:FEEDS]->(b:Link {id: $to})
RETURN properties(f) AS props, {from: a.id, to: b.id} AS refs
LIMIT 1
