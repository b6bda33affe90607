// Investment projects for link $link located in $region or below it (everywhere when
// null), newest first, at most $first, with their investor, region and link.
MATCH (l:Link {id: $link})
OPTIONAL MATCH (scope:Region {code: $region})
CALL (scope) {
  OPTIONAL MATCH (scope)<-[:PART_OF*0..4]-(r:Region)
  RETURN collect(r) AS local
}
MATCH (p:Project)-[:FOR_LINK]->(l)
MATCH (p)-[:LOCATED_IN]->(pr:Region)
WHERE $region IS NULL OR pr IN local
OPTIONAL MATCH (e:Enterprise)-[:INVESTS]->(p)
WITH p, pr, l, head(collect(e)) AS e
ORDER BY coalesce(p.signedOn, p.asOf, '') DESC, p.name
LIMIT $first
RETURN p {.*, enterprise: e {.*}, region: pr {.*}, link: l {.*}} AS project
