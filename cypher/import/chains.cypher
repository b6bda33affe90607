// chains.csv: one batch of chains, every property set so a corrected row replaces the old values.
UNWIND $rows AS row
MERGE (c:Chain {id: row.id})
SET c.name = row.name, c.nameEn = row.nameEn, c.description = row.description,
    c.source = row.source, c.asOf = row.asOf
