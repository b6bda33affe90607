// regions.csv: one batch of regions and their PART_OF. A parent named later in the
// dataset is merged here as a bare node and filled in when its own row comes (all in
// one transaction); validation has made sure every parent exists somewhere. A region
// whose parent changed (or that became a province) loses its old PART_OF.
UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.level = row.level, r.source = row.source, r.asOf = row.asOf
WITH r, row
FOREACH (old IN [(r)-[o:PART_OF]->(p:Region) WHERE row.parent IS NULL OR p.code <> row.parent | o] | DELETE old)
WITH r, row
WHERE row.parent IS NOT NULL
MERGE (p:Region {code: row.parent})
MERGE (r)-[po:PART_OF]->(p)
SET po.source = row.source, po.asOf = row.asOf
