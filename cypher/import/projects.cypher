// projects.csv: investment projects with their investor, place and link. A project has
// at most one of each, so relationships to an investor, region or link the corrected
// row no longer names are removed.
UNWIND $rows AS row
MERGE (p:Project {id: row.id})
SET p.name = row.name, p.investmentYi = row.investmentYi, p.capacity = row.capacity, p.unit = row.unit,
    p.status = row.status, p.signedOn = row.signedOn, p.startedOn = row.startedOn,
    p.producingOn = row.producingOn, p.stalledOn = row.stalledOn, p.cancelledOn = row.cancelledOn,
    p.leader = row.leader, p.taskForce = row.taskForce, p.plan = row.plan, p.source = row.source, p.asOf = row.asOf
WITH p, row
FOREACH (old IN [(e:Enterprise)-[o:INVESTS]->(p) WHERE row.enterprise IS NULL OR e.id <> row.enterprise | o] |
  DELETE old)
FOREACH (old IN [(p)-[o:LOCATED_IN]->(r:Region) WHERE r.code <> row.region | o] | DELETE old)
FOREACH (old IN [(p)-[o:FOR_LINK]->(l:Link) WHERE l.id <> row.link | o] | DELETE old)
WITH p, row
MATCH (r:Region {code: row.region})
MATCH (l:Link {id: row.link})
MERGE (p)-[located:LOCATED_IN]->(r)
SET located.source = row.source, located.asOf = row.asOf
MERGE (p)-[forLink:FOR_LINK]->(l)
SET forLink.source = row.source, forLink.asOf = row.asOf
WITH p, row
OPTIONAL MATCH (e:Enterprise {id: row.enterprise})
FOREACH (investor IN CASE WHEN e IS NULL THEN [] ELSE [e] END |
  MERGE (investor)-[i:INVESTS]->(p)
  SET i.source = row.source, i.asOf = row.asOf)
