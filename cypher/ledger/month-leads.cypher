// Leads of region $region or below (of chain $chain when given) opened, won or dropped in
// month $month, and their follow-ups in the month by kind. Private: the caller checks.
MATCH (root:Region {code: $region})
CALL (root) {
  CALL () {
    MATCH (lead:Lead) WHERE lead.openedOn STARTS WITH $month RETURN lead, 'opened' AS what
    UNION
    MATCH (lead:Lead) WHERE lead.closedOn STARTS WITH $month RETURN lead, lead.status AS what
  }
  MATCH (lead)-[:FOR_REGION]->(r:Region)
  WHERE EXISTS { (r)-[:PART_OF*0..4]->(root) }
    AND ($chain IS NULL OR EXISTS { (lead)-[:FOR_LINK]->(:Link)<-[:HAS_LINK]-(:Chain {id: $chain}) })
  RETURN collect(what) AS leads
}
CALL (root) {
  MATCH (f:FollowUp)-[:ABOUT]->(lead:Lead)-[:FOR_REGION]->(r:Region)
  WHERE f.on STARTS WITH $month AND EXISTS { (r)-[:PART_OF*0..4]->(root) }
    AND ($chain IS NULL OR EXISTS { (lead)-[:FOR_LINK]->(:Link)<-[:HAS_LINK]-(:Chain {id: $chain}) })
  RETURN collect(f.kind) AS followUps
}
RETURN leads, followUps
