// The firm that operates a project's production: where it is, whether that is the
// project's region $region or below it (a park of the county), and its operating
// production of link $link if it has one.
MATCH (e:Enterprise {id: $enterprise})
OPTIONAL MATCH (e)-[:LOCATED_IN]->(r:Region)
RETURN e.id AS id, e.name AS name, r.code AS region,
  r IS NOT NULL AND EXISTS { (r)-[:PART_OF*0..4]->(:Region {code: $region}) } AS local,
  [(e)-[p:PRODUCES {status: 'operating'}]->(:Link {id: $link}) | p {.capacity, .unit, .source, .asOf}][0] AS operating
