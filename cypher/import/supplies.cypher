// supplies.csv: supply relations, one per link supplied (power and alumina to the same
// customer are two relationships).
UNWIND $rows AS row
MATCH (s:Enterprise {id: row.supplier})
MATCH (c:Enterprise {id: row.customer})
MERGE (s)-[r:SUPPLIES {link: row.link}]->(c)
SET r.volume = row.volume, r.unit = row.unit, r.source = row.source, r.asOf = row.asOf
