// enterprises.csv, one page of firms in id order with where each is (parameters: see
// regions.cypher). A chain's firms: the producers of its links, its link-masters and the
// investors in its links' projects. A region's: the firms located in it or below, and
// the firms its rows name: their trading partners, group parents and subsidiaries, the
// investors in its projects and its link-masters. With the ledger ($ledger), also the
// firms its leads target, so every leads.csv row names a firm of the dataset.
MATCH (e:Enterprise)
WHERE e.id > $after AND (
  $scope = 'all'
  OR ($scope = 'chain' AND (
    EXISTS { (e)-[:PRODUCES]->(l) WHERE l.id IN $links }
    OR EXISTS { (e)-[:LINK_MASTER]->(c) WHERE c.id IN $chains }
    OR EXISTS { (e)-[:INVESTS]->(:Project)-[:FOR_LINK]->(l) WHERE l.id IN $links }
    OR ($ledger AND EXISTS { (e)<-[:TARGETS]-(:Lead)-[:FOR_LINK]->(l) WHERE l.id IN $links })))
  OR ($scope = 'region' AND (
    EXISTS { (e)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree }
    OR EXISTS { (e)-[:SUPPLIES|SUBSIDIARY_OF]-(:Enterprise)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree }
    OR EXISTS { (e)-[:INVESTS]->(:Project)-[:LOCATED_IN]->(r) WHERE r.code IN $subtree }
    OR EXISTS { (e)-[m:LINK_MASTER]->(:Chain) WHERE m.region IN $subtree }
    OR ($ledger AND EXISTS { (e)<-[:TARGETS]-(:Lead)-[:FOR_REGION]->(r) WHERE r.code IN $subtree }))))
WITH e ORDER BY e.id LIMIT $limit
RETURN e.id AS cursor, [e {.*, region: [(e)-[:LOCATED_IN]->(r:Region) | r.code][0]}] AS rows
