// LINK_MASTER designations: one firm, one chain, one region code.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise})
MATCH (c:Chain {id: row.chain})
CREATE (e)-[:LINK_MASTER {region: row.region, source: $source, asOf: $asOf}]->(c)
