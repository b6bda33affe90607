// Marks generation as started with these parameters; `complete` turns true only at the end,
// so an interrupted run is never mistaken for a finished one.
MERGE (m:BenchMeta {id: 'bench'})
SET m.params = $params, m.complete = false, m.startedAt = $now, m.source = $source, m.asOf = $asOf
