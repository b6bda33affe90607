// followups.csv, one page of follow-up records in id order (parameters: see
// regions.cypher): those of the leads leads.cypher exports.
MATCH (f:FollowUp)-[:ABOUT]->(lead:Lead)
WHERE f.id > $after AND $ledger AND (
  $scope = 'all'
  OR ($scope = 'chain' AND EXISTS { (lead)-[:FOR_LINK]->(l) WHERE l.id IN $links })
  OR ($scope = 'region' AND EXISTS { (lead)-[:FOR_REGION]->(r) WHERE r.code IN $subtree }))
WITH f, lead ORDER BY f.id LIMIT $limit
RETURN f.id AS cursor, [f {.*, lead: lead.id}] AS rows
