// links.csv, one page in id order (parameters: see regions.cypher). The derived
// nationalOperatingFirms comes along with the other properties and is dropped by the
// exporter, which keeps only the columns of server/import/tables.ts.
MATCH (l:Link)
WHERE l.id > $after AND ($scope = 'all' OR l.id IN $links)
WITH l ORDER BY l.id LIMIT $limit
RETURN l.id AS cursor, [l {.*}] AS rows
