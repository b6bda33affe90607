// Enterprises by id with everything a profile shows, each list capped at $max.
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
OPTIONAL MATCH (e)-[:LOCATED_IN]->(region:Region)
CALL (e) {
  OPTIONAL MATCH (e)-[p:PRODUCES]->(l:Link)
  WITH e, p, l WHERE p IS NOT NULL
  ORDER BY l.name, p.status
  RETURN collect(p {.*, enterprise: e {.*}, link: l {.*}})[..$max] AS produces
}
CALL (e) {
  OPTIONAL MATCH (s:Enterprise)-[x:SUPPLIES]->(e)
  WITH e, s, x WHERE x IS NOT NULL
  OPTIONAL MATCH (l:Link {id: x.link})
  ORDER BY s.name
  RETURN collect(x {.*, supplier: s {.*}, customer: e {.*}, link: l {.*}})[..$max] AS suppliers
}
CALL (e) {
  OPTIONAL MATCH (e)-[x:SUPPLIES]->(c:Enterprise)
  WITH e, c, x WHERE x IS NOT NULL
  OPTIONAL MATCH (l:Link {id: x.link})
  ORDER BY c.name
  RETURN collect(x {.*, supplier: e {.*}, customer: c {.*}, link: l {.*}})[..$max] AS customers
}
CALL (e) {
  OPTIONAL MATCH (e)-[x:SUBSIDIARY_OF]->(p:Enterprise)
  WITH e, p, x WHERE x IS NOT NULL
  RETURN collect(x {.*, child: e {.*}, parent: p {.*}})[..$max] AS parents
}
CALL (e) {
  OPTIONAL MATCH (c:Enterprise)-[x:SUBSIDIARY_OF]->(e)
  WITH e, c, x WHERE x IS NOT NULL
  ORDER BY c.name
  RETURN collect(x {.*, child: c {.*}, parent: e {.*}})[..$max] AS subsidiaries
}
CALL (e) {
  OPTIONAL MATCH (e)-[:INVESTS]->(p:Project)
  WITH e, p WHERE p IS NOT NULL
  OPTIONAL MATCH (p)-[:LOCATED_IN]->(pr:Region)
  OPTIONAL MATCH (p)-[:FOR_LINK]->(pl:Link)
  ORDER BY coalesce(p.signedOn, p.asOf, '') DESC
  RETURN collect(p {.*, enterprise: e {.*}, region: pr {.*}, link: pl {.*}})[..$max] AS projects
}
CALL (e) {
  OPTIONAL MATCH (e)-[d:LINK_MASTER]->(c:Chain)
  WITH e, d, c WHERE d IS NOT NULL
  OPTIONAL MATCH (dr:Region {code: d.region})
  RETURN collect({enterprise: e {.*}, chain: c {.*}, region: dr {.*}, source: d.source, asOf: d.asOf})[..$max] AS masterOf
}
RETURN e {.*, region: region {.*}, produces: produces, suppliers: suppliers, customers: customers,
          parents: parents, subsidiaries: subsidiaries, projects: projects, masterOf: masterOf} AS enterprise
