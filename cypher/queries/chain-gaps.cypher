// Facts for the gap analysis of chain $chain in region $region, in one round trip:
// for every link of the chain and every link they feed (power feeds nickel too):
// local capacity per status and unit with the local producers, local projects, and the
// national totals; plus the feeds, the region's link-masters of the chain and its chain
// leader. The rules that turn these into statuses and opportunities are in
// server/analysis/gaps.ts.
// "Local" = LOCATED_IN the region or a region below it (PART_OF, at most 4 levels).
// Local facts are read from the region side (its firms and projects), national ones
// from the links' precomputed totals (cypher/maintenance/refresh-link-totals.cypher), so
// the cost grows with the region, never with the size of the whole knowledge base.
// No row when the chain or the region does not exist.
MATCH (c:Chain {id: $chain})
MATCH (scope:Region {code: $region})
CALL (c) {
  MATCH (c)-[h:HAS_LINK]->(l:Link)
  RETURN collect({id: l.id, name: l.name, nameEn: l.nameEn, unit: l.unit, stage: h.stage,
                  position: coalesce(h.position, 0)}) AS links,
         collect(l) AS chainLinks
}
CALL (chainLinks) {
  UNWIND chainLinks AS l
  MATCH (l)-[f:FEEDS]->(m:Link)
  RETURN collect({from: l.id, to: m.id, inputPerUnit: f.inputPerUnit}) AS feeds,
         collect(DISTINCT m) AS fedLinks
}
CALL (chainLinks, fedLinks) {
  UNWIND chainLinks + [m IN fedLinks WHERE NOT m IN chainLinks] AS l
  RETURN collect(DISTINCT l) AS needed
}
CALL (scope) {
  MATCH (scope)<-[:PART_OF*0..4]-(r:Region)
  RETURN collect(r) AS localRegions, collect(r.code) AS localCodes
}
CALL (needed) {
  UNWIND needed AS l
  OPTIONAL MATCH (l)-[:HAS_TOTAL]->(t:LinkTotal)
  WITH l, collect(t {.status, .unit, .capacity, .firms}) AS national
  RETURN collect({id: l.id, name: l.name, nameEn: l.nameEn, unit: l.unit, national: national,
                  nationalOperatingFirms: coalesce(l.nationalOperatingFirms, 0)}) AS facts
}
CALL (localRegions, needed) {
  UNWIND localRegions AS r
  MATCH (r)<-[:LOCATED_IN]-(e:Enterprise)-[p:PRODUCES]->(l:Link)
  WHERE l IN needed
  WITH l.id AS link, p.status AS status, p.unit AS unit, sum(p.capacity) AS value, collect(DISTINCT e.id) AS ids
  RETURN collect({link: link, status: status, unit: unit, value: value, ids: ids}) AS local
}
CALL (localRegions, needed) {
  UNWIND localRegions AS r
  MATCH (r)<-[:LOCATED_IN]-(pr:Project)-[:FOR_LINK]->(l:Link)
  WHERE l IN needed
  RETURN collect({id: pr.id, link: l.id, status: pr.status, investmentYi: pr.investmentYi}) AS projects
}
CALL (c, localCodes) {
  OPTIONAL MATCH (m:Enterprise)-[d:LINK_MASTER]->(c)
  WHERE d.region IN localCodes
  OPTIONAL MATCH (dr:Region {code: d.region})
  WITH c, m, d, dr WHERE m IS NOT NULL
  RETURN collect({enterprise: m {.*}, chain: c {.*}, region: dr {.*}, source: d.source, asOf: d.asOf})[..$max] AS masters
}
CALL (c, scope) {
  OPTIONAL MATCH (c)-[x:LEADER]->(scope)
  RETURN CASE WHEN x IS NULL THEN null
         ELSE {chain: c {.*}, region: scope {.*}, name: x.name, title: x.title, source: x.source, asOf: x.asOf} END AS leader
}
RETURN c {.*} AS chain, scope {.*} AS region, links, feeds, facts, local, projects, masters, leader
