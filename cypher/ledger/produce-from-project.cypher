// A project that starts production adds its capacity to the operating firm's operating
// PRODUCES of the link (created when the firm had none); the caller has checked that the
// units agree. The source names every project that contributed.
MATCH (e:Enterprise {id: $enterprise})
MATCH (l:Link {id: $link})
MERGE (e)-[p:PRODUCES {status: 'operating'}]->(l)
ON CREATE SET p.capacity = $capacity, p.unit = $unit, p.source = $source, p.asOf = $asOf
ON MATCH SET p.capacity = coalesce(p.capacity, 0.0) + $capacity, p.unit = $unit,
  p.source = CASE WHEN p.source IS NULL OR p.source = '' THEN $source ELSE p.source + '; ' + $source END,
  p.asOf = $asOf
RETURN p {.capacity, .unit, .source, .asOf} AS production
