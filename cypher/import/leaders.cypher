// leaders.csv: the chain leader of a chain in a region.
UNWIND $rows AS row
MATCH (c:Chain {id: row.chain})
MATCH (r:Region {code: row.region})
MERGE (c)-[l:LEADER]->(r)
SET l.region = row.region, l.name = row.name, l.title = row.title, l.source = row.source, l.asOf = row.asOf
