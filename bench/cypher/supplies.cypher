// SUPPLIES from a producer of a feeding link to a producer of the link it feeds.
UNWIND $rows AS row
MATCH (s:Enterprise {id: row.supplier})
MATCH (c:Enterprise {id: row.customer})
CREATE (s)-[:SUPPLIES {link: row.link, volume: row.volume, unit: row.unit, source: $source, asOf: $asOf}]->(c)
