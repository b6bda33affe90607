// chain_links.csv: which links make up a chain, with the stage and map position that
// belong to this chain's map (a link shared by two chains has one HAS_LINK per chain).
UNWIND $rows AS row
MATCH (c:Chain {id: row.chain})
MATCH (l:Link {id: row.link})
MERGE (c)-[h:HAS_LINK]->(l)
SET h.stage = row.stage, h.position = row.position, h.source = row.source, h.asOf = row.asOf
