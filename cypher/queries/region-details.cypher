// Regions by code with their parent and their path from the top (province first).
UNWIND $codes AS code
MATCH (r:Region {code: code})
OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
CALL (r) {
  MATCH path = (r)-[:PART_OF*0..4]->(top:Region)
  WHERE NOT (top)-[:PART_OF]->()
  RETURN [n IN reverse(nodes(path)) | n {.*}] AS path
  LIMIT 1
}
RETURN r {.*, parent: parent {.*}, path: path} AS region
