// Each region with every region above it (itself first, up to the province): a region is
// within a user's scope when its lineage holds one of the user's regions. Walking up is
// at most four PART_OF steps (province → city → county → park), however large the scope.
UNWIND $codes AS code
OPTIONAL MATCH (r:Region {code: code})
OPTIONAL MATCH path = (r)-[:PART_OF*0..4]->(:Region)
WITH code, path ORDER BY length(path)
RETURN code, [x IN collect(last(nodes(path))) | x.code] AS lineage
