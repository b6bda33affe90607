// produces.csv: capacity of a firm for a link; keyed by status so an operating plant and
// its expansion under construction are two relationships.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise})
MATCH (l:Link {id: row.link})
MERGE (e)-[p:PRODUCES {status: row.status}]->(l)
SET p.capacity = row.capacity, p.unit = row.unit, p.source = row.source, p.asOf = row.asOf
