// Regions whose name contains $query (served by the region_name_text index), shortest
// name first so 霍林郭勒市 ranks before longer names that merely contain the text, each
// with its path from the province down, for the region picker to jump to.
MATCH (r:Region)
WHERE r.name CONTAINS $query
WITH r ORDER BY size(r.name), r.code
LIMIT $first
CALL (r) {
  MATCH path = (r)-[:PART_OF*0..4]->(top:Region)
  WHERE NOT (top)-[:PART_OF]->()
  RETURN [n IN reverse(nodes(path)) | n {.*}] AS path
  LIMIT 1
}
RETURN r {.*, path: path} AS region
