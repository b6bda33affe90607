// Chains.
UNWIND $rows AS row
CREATE (:Chain {id: row.id, name: row.name, nameEn: row.nameEn, description: row.description,
                source: $source, asOf: $asOf})
