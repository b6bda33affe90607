// The links made by the firms in $ids or by their subsidiaries (2 levels down): when a
// dataset adds or moves a SUBSIDIARY_OF, the groups above those producers change, so the
// importer refreshes these links' ranked candidates (refresh-link-totals.cypher).
UNWIND $ids AS id
MATCH (:Enterprise {id: id})<-[:SUBSIDIARY_OF*0..2]-(:Enterprise)-[:PRODUCES]->(l:Link)
RETURN collect(DISTINCT l.id) AS links
