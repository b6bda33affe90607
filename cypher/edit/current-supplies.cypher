// The SUPPLIES of link $link from $supplier to $customer as it is now.
MATCH (s:Enterprise {id: $supplier})-[r:SUPPLIES {link: $link}]->(c:Enterprise {id: $customer})
RETURN properties(r) AS props, {supplier: s.id, customer: c.id} AS refs
LIMIT 1
