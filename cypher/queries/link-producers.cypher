// Producers of link $link located in $region or below it (everywhere when null),
// optionally only those with production status $status; largest capacity first.
MATCH (l:Link {id: $link})
OPTIONAL MATCH (scope:Region {code: $region})
CALL (scope) {
  OPTIONAL MATCH (scope)<-[:PART_OF*0..4]-(r:Region)
  RETURN collect(r) AS local
}
MATCH (e:Enterprise)-[p:PRODUCES]->(l)
WHERE ($status IS NULL OR p.status = $status)
  AND ($region IS NULL OR EXISTS { MATCH (e)-[:LOCATED_IN]->(r) WHERE r IN local })
RETURN p {.*, enterprise: e {.*}, link: l {.*}} AS production
ORDER BY CASE p.status WHEN 'operating' THEN 0 WHEN 'building' THEN 1 ELSE 2 END, p.capacity DESC, e.name
LIMIT $first
