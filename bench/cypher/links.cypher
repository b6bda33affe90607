// Links (环节), each once even when several chains share it.
UNWIND $rows AS row
CREATE (:Link {id: row.id, name: row.name, nameEn: row.nameEn, unit: row.unit, source: $source, asOf: $asOf})
