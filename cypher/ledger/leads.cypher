// Leads recruited by region $region or a region below it (from the region's side: only
// leads hang off FOR_REGION), optionally for links of chain $chain and with status
// $status, newest first from the cursor ($afterAt, $afterId), at most $first.
MATCH (:Region {code: $region})<-[:PART_OF*0..4]-(:Region)<-[:FOR_REGION]-(lead:Lead)
WHERE ($status IS NULL OR lead.status = $status)
  AND ($chain IS NULL OR EXISTS { (lead)-[:FOR_LINK]->(:Link)<-[:HAS_LINK]-(:Chain {id: $chain}) })
  AND ($afterAt IS NULL OR lead.createdAt < $afterAt OR (lead.createdAt = $afterAt AND lead.id < $afterId))
WITH lead ORDER BY lead.createdAt DESC, lead.id DESC LIMIT $first
RETURN lead.id AS id
