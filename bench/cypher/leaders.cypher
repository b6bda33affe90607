// LEADER (链长) of a chain in a region.
UNWIND $rows AS row
MATCH (c:Chain {id: row.chain})
MATCH (r:Region {code: row.region})
CREATE (c)-[:LEADER {region: row.region, name: row.name, title: row.title, source: $source, asOf: $asOf}]->(r)
