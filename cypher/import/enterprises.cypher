// enterprises.csv: one batch of firms and where they are. A firm has one LOCATED_IN:
// when its region changes, the old relationship goes.
UNWIND $rows AS row
MERGE (e:Enterprise {id: row.id})
SET e.name = row.name, e.aliases = row.aliases, e.ownership = row.ownership, e.tags = row.tags,
    e.founded = row.founded, e.employees = row.employees, e.revenueWan = row.revenueWan,
    e.website = row.website, e.source = row.source, e.asOf = row.asOf
WITH e, row
FOREACH (old IN [(e)-[o:LOCATED_IN]->(r:Region) WHERE r.code <> row.region | o] | DELETE old)
WITH e, row
MATCH (r:Region {code: row.region})
MERGE (e)-[l:LOCATED_IN]->(r)
SET l.source = row.source, l.asOf = row.asOf
