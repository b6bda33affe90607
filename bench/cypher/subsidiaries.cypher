// SUBSIDIARY_OF from a child to its parent, with the parent's share in percent.
UNWIND $rows AS row
MATCH (c:Enterprise {id: row.child})
MATCH (p:Enterprise {id: row.parent})
CREATE (c)-[:SUBSIDIARY_OF {share: row.share, source: $source, asOf: $asOf}]->(p)
