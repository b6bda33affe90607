// subsidiaries.csv: group structure.
UNWIND $rows AS row
MATCH (c:Enterprise {id: row.child})
MATCH (p:Enterprise {id: row.parent})
MERGE (c)-[s:SUBSIDIARY_OF]->(p)
SET s.share = row.share, s.source = row.source, s.asOf = row.asOf
