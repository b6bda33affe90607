// PART_OF from each region to its parent, both looked up by the Region.code constraint.
UNWIND $rows AS row
MATCH (r:Region {code: row.code})
MATCH (p:Region {code: row.parent})
CREATE (r)-[:PART_OF {source: $source, asOf: $asOf}]->(p)
