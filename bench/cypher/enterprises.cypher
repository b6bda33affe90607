// A batch of enterprises with their LOCATED_IN and PRODUCES. The knowledge base is
// fresh, so CREATE (no MERGE); the region and links are found by their unique keys and
// the new enterprise needs no lookup at all. Null properties (no website, unknown
// capacity) are simply not stored.
UNWIND $rows AS row
MATCH (r:Region {code: row.region})
CREATE (e:Enterprise {id: row.id, name: row.name, aliases: row.aliases, ownership: row.ownership, tags: row.tags,
                      founded: row.founded, employees: toInteger(row.employees), revenueWan: row.revenueWan,
                      website: row.website, source: $source, asOf: $asOf})
CREATE (e)-[:LOCATED_IN {source: $source, asOf: $asOf}]->(r)
WITH e, row
UNWIND row.produces AS p
MATCH (l:Link {id: p.link})
CREATE (e)-[:PRODUCES {status: p.status, capacity: p.capacity, unit: p.unit, source: $source, asOf: $asOf}]->(l)
