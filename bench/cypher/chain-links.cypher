// HAS_LINK with the stage and map position that belong to this chain (position is an integer).
UNWIND $rows AS row
MATCH (c:Chain {id: row.chain})
MATCH (l:Link {id: row.link})
CREATE (c)-[:HAS_LINK {stage: row.stage, position: toInteger(row.position), source: $source, asOf: $asOf}]->(l)
