// Regions (provinces, cities, counties, parks) of the synthetic tree.
UNWIND $rows AS row
CREATE (:Region {code: row.code, name: row.name, level: row.level, source: $source, asOf: $asOf})
