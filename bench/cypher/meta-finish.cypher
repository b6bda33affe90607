// Marks generation as complete, with its duration and final counts (JSON).
MATCH (m:BenchMeta {id: 'bench'})
SET m.complete = true, m.finishedAt = $now, m.seconds = $seconds, m.counts = $counts
