// FEEDS between links; inputPerUnit is absent (null) when the ratio is unknown.
UNWIND $rows AS row
MATCH (a:Link {id: row.from})
MATCH (b:Link {id: row.to})
CREATE (a)-[:FEEDS {inputPerUnit: row.inputPerUnit, note: row.note, source: $source, asOf: $asOf}]->(b)
