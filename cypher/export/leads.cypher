// leads.csv, one page of leads in id order (parameters: see regions.cypher). A chain's
// leads are those for its links; a region's, those it or a region below it recruits.
MATCH (lead:Lead)
WHERE lead.id > $after AND $ledger AND (
  $scope = 'all'
  OR ($scope = 'chain' AND EXISTS { (lead)-[:FOR_LINK]->(l) WHERE l.id IN $links })
  OR ($scope = 'region' AND EXISTS { (lead)-[:FOR_REGION]->(r) WHERE r.code IN $subtree }))
WITH lead ORDER BY lead.id LIMIT $limit
RETURN lead.id AS cursor, [lead {
  .*,
  enterprise: [(lead)-[:TARGETS]->(e:Enterprise) | e.id][0],
  link: [(lead)-[:FOR_LINK]->(l:Link) | l.id][0],
  region: [(lead)-[:FOR_REGION]->(r:Region) | r.code][0],
  project: [(lead)-[:BECAME]->(p:Project) | p.id][0]
}] AS rows
