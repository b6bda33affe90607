// The firms of link $link of chain $chain located in $region or below it (everywhere when
// null), any production status, largest operating capacity first, at most $first; plus the
// SUPPLIES relations among them and to the chain's other local firms (at most $maxEdges),
// so the map can expand a link into its firms and show who trades with whom.
// No row when the chain, the link (as a link of the chain) or the region does not exist.
MATCH (c:Chain {id: $chain})-[:HAS_LINK]->(l:Link {id: $link})
OPTIONAL MATCH (scope:Region {code: $region})
WITH c, l, scope
WHERE $region IS NULL OR scope IS NOT NULL
CALL (scope) {
  OPTIONAL MATCH (scope)<-[:PART_OF*0..4]-(r:Region)
  RETURN collect(r) AS local, collect(r.code) AS localCodes
}
CALL (l, scope, local) {
  OPTIONAL MATCH (e:Enterprise)-[p:PRODUCES]->(l)
  WHERE scope IS NULL OR EXISTS { MATCH (e)-[:LOCATED_IN]->(r) WHERE r IN local }
  WITH e, collect(p) AS ps
  WHERE e IS NOT NULL
  WITH e, ps,
       reduce(s = 0.0, p IN ps | s + CASE WHEN p.status = 'operating' THEN coalesce(p.capacity, 0.0) ELSE 0.0 END) AS operating
  ORDER BY operating DESC, e.name
  RETURN collect({e: e, ps: ps}) AS producers
}
WITH c, l, scope, local, localCodes, producers[..$first] AS page, size(producers) AS total
CALL (c, l, page, localCodes, scope) {
  UNWIND page AS row
  WITH row.e AS e, row.ps AS ps
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(er:Region)
  RETURN collect({
    enterprise: e {.*, region: er {.*}},
    productions: [p IN ps | p {.*, enterprise: e {.*}, link: l {.*}}],
    links: [l.id],
    master: EXISTS { MATCH (e)-[d:LINK_MASTER]->(c) WHERE scope IS NULL OR d.region IN localCodes }
  }) AS firms, collect(e) AS firmNodes
}
CALL (c, l, local, scope, firmNodes) {
  UNWIND firmNodes AS e
  MATCH (e)-[x:SUPPLIES]-(o:Enterprise)
  WHERE o IN firmNodes
     OR (EXISTS { MATCH (o)-[:PRODUCES {status: 'operating'}]->(:Link)<-[:HAS_LINK]-(c) }
         AND (scope IS NULL OR EXISTS { MATCH (o)-[:LOCATED_IN]->(r) WHERE r IN local }))
  WITH DISTINCT x
  WITH x, startNode(x) AS a, endNode(x) AS b
  MATCH (xl:Link {id: x.link})
  WITH x, a, b, xl ORDER BY a.name, b.name, xl.id LIMIT $maxEdges
  RETURN collect(x {.*, supplier: a {.*}, customer: b {.*}, link: xl {.*}}) AS supplies,
         collect(DISTINCT a) + collect(DISTINCT b) AS ends
}
CALL (c, localCodes, scope, firmNodes, ends) {
  UNWIND ends AS o
  WITH DISTINCT o WHERE NOT o IN firmNodes
  OPTIONAL MATCH (o)-[:LOCATED_IN]->(orr:Region)
  CALL (c, o) {
    OPTIONAL MATCH (o)-[:PRODUCES {status: 'operating'}]->(ol:Link)<-[:HAS_LINK]-(c)
    RETURN collect(DISTINCT ol.id) AS links
  }
  RETURN collect({
    enterprise: o {.*, region: orr {.*}},
    productions: [],
    links: links,
    master: EXISTS { MATCH (o)-[d:LINK_MASTER]->(c) WHERE scope IS NULL OR d.region IN localCodes }
  }) AS neighbours
}
RETURN l {.*} AS link, scope {.*} AS region, firms, neighbours, supplies, total
