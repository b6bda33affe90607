// The PRODUCES of firm $enterprise for link $link with status $status as it is now.
MATCH (e:Enterprise {id: $enterprise})-[p:PRODUCES {status: $status}]->(l:Link {id: $link})
RETURN properties(p) AS props, {enterprise: e.id, link: l.id} AS refs
LIMIT 1
