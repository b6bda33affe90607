// Regions directly under $parent, or the top-level regions (provinces) when $parent is null.
// Codes sort in administrative order, so the picker lists regions the way officials expect.
CALL {
  WITH $parent AS parent
  MATCH (r:Region)-[:PART_OF]->(:Region {code: parent})
  WHERE parent IS NOT NULL
  RETURN r
  UNION
  WITH $parent AS parent
  MATCH (r:Region)
  WHERE parent IS NULL AND NOT (r)-[:PART_OF]->()
  RETURN r
}
RETURN r {.*} AS region
ORDER BY r.code
LIMIT $first
