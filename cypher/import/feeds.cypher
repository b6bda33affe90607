// feeds.csv: material flow from one link into another.
UNWIND $rows AS row
MATCH (a:Link {id: row.from})
MATCH (b:Link {id: row.to})
MERGE (a)-[f:FEEDS]->(b)
SET f.inputPerUnit = row.inputPerUnit, f.note = row.note, f.source = row.source, f.asOf = row.asOf
