// What the database holds: the benchmark's parameters if it is a generated KB, and
// whether there is anything else in it.
OPTIONAL MATCH (m:BenchMeta {id: 'bench'})
RETURN m.params AS params, coalesce(m.complete, false) AS complete, m.counts AS counts,
       m.seconds AS seconds, EXISTS { MATCH (n) WHERE NOT n:BenchMeta } AS hasData
