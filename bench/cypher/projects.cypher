// Projects with LOCATED_IN, FOR_LINK and, when there is an investor, INVESTS.
UNWIND $rows AS row
MATCH (r:Region {code: row.region})
MATCH (l:Link {id: row.link})
CREATE (p:Project {id: row.id, name: row.name, investmentYi: row.investmentYi, capacity: row.capacity,
                   unit: row.unit, status: row.status, signedOn: row.signedOn, startedOn: row.startedOn,
                   producingOn: row.producingOn, leader: row.leader, source: $source, asOf: $asOf})
CREATE (p)-[:LOCATED_IN {source: $source, asOf: $asOf}]->(r)
CREATE (p)-[:FOR_LINK {source: $source, asOf: $asOf}]->(l)
WITH p, row
WHERE row.enterprise IS NOT NULL
MATCH (e:Enterprise {id: row.enterprise})
CREATE (e)-[:INVESTS {source: $source, asOf: $asOf}]->(p)
