// regions.csv, one page: the regions after $after in code order, each with its parent.
// Every cypher/export query takes the same parameters: $after (the last key of the
// previous page, '' at first), $limit, $scope ('all', 'chain' or 'region') and, for a
// scoped export, the lists scope-chain.cypher / scope-region.cypher computed: $chains,
// $links, $regions (what the dataset holds) and $subtree (the region and those below it);
// $ledger: whether the ledger's tables (moves, leads, follow-ups) are exported too.
// Rows are keyed by graph property names, as cypher/import reads them.
MATCH (r:Region)
WHERE r.code > $after AND ($scope = 'all' OR r.code IN $regions)
WITH r ORDER BY r.code LIMIT $limit
RETURN r.code AS cursor, [r {.*, parent: [(r)-[:PART_OF]->(p:Region) | p.code][0]}] AS rows
