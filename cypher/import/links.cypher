// links.csv: one batch of links.
UNWIND $rows AS row
MERGE (l:Link {id: row.id})
SET l.name = row.name, l.nameEn = row.nameEn, l.unit = row.unit, l.source = row.source, l.asOf = row.asOf
