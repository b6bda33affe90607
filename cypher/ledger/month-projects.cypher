// What projects in region $region or below (of chain $chain when given) did in month
// $month (YYYY-MM): one row per project and date in the month, read from the date indexes,
// so imported projects count as well as those moved through the ledger.
MATCH (root:Region {code: $region})
CALL () {
  MATCH (p:Project) WHERE p.signedOn STARTS WITH $month RETURN p, 'signed' AS to
  UNION
  MATCH (p:Project) WHERE p.startedOn STARTS WITH $month RETURN p, 'started' AS to
  UNION
  MATCH (p:Project) WHERE p.producingOn STARTS WITH $month RETURN p, 'producing' AS to
  UNION
  MATCH (p:Project) WHERE p.stalledOn STARTS WITH $month RETURN p, 'stalled' AS to
  UNION
  MATCH (p:Project) WHERE p.cancelledOn STARTS WITH $month RETURN p, 'cancelled' AS to
}
MATCH (p)-[:LOCATED_IN]->(r:Region)
WHERE EXISTS { (r)-[:PART_OF*0..4]->(root) }
  AND ($chain IS NULL OR EXISTS { (p)-[:FOR_LINK]->(:Link)<-[:HAS_LINK]-(:Chain {id: $chain}) })
RETURN to, p.id AS id, p.investmentYi AS investmentYi, p.capacity AS capacity, p.unit AS unit
