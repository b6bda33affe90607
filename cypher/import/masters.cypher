// masters.csv: link-master designations, one per chain and region.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise})
MATCH (c:Chain {id: row.chain})
MERGE (e)-[m:LINK_MASTER {region: row.region}]->(c)
SET m.source = row.source, m.asOf = row.asOf
