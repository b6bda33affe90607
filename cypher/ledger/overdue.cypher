// Signed projects in region $region or below (of chain $chain when given) whose signing
// date ends on or before $cutoff, or that have no signing date. A coarser date counts from
// the end of its period (2024 → 2024-12-31, 2024-03 → 2024-03-31; "-31" for every month
// compares correctly as text). Starts from the status index: signed projects are few.
MATCH (root:Region {code: $region})
MATCH (p:Project {status: 'signed'})-[:LOCATED_IN]->(r:Region)
WHERE EXISTS { (r)-[:PART_OF*0..4]->(root) }
  AND ($chain IS NULL OR EXISTS { (p)-[:FOR_LINK]->(:Link)<-[:HAS_LINK]-(:Chain {id: $chain}) })
WITH p, CASE size(p.signedOn) WHEN 4 THEN p.signedOn + '-12-31' WHEN 7 THEN p.signedOn + '-31' ELSE p.signedOn END AS signedEnd
WHERE signedEnd IS NULL OR signedEnd <= $cutoff
RETURN p.id AS id, p.signedOn AS signedOn, signedEnd
ORDER BY signedEnd, p.id
