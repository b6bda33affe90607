// The SUBSIDIARY_OF of $child under $parent as it is now.
MATCH (c:Enterprise {id: $child})-[s:SUBSIDIARY_OF]->(p:Enterprise {id: $parent})
RETURN properties(s) AS props, {child: c.id, parent: p.id} AS refs
LIMIT 1
