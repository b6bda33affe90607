// The link $id as it is now.
MATCH (l:Link {id: $id})
RETURN properties(l) AS props, {} AS refs
