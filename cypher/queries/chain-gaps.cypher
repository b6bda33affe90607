// Facts for the gap analysis of chain $chain in region $region, in one round trip:
// for every link of the chain and every link they feed (power feeds nickel too):
// local capacity per status and unit with the local producers, local projects, and the
// national totals; plus the feeds, the region's link-masters of the chain and its chain
// leader. The rules that turn these into statuses and opportunities are in
// server/analysis/gaps.ts.
// "Local" = LOCATED_IN the region or a region below it (PART_OF, at most 4 levels).
// Local and national production are read from totals kept on the graph
// (cypher/maintenance/), so the cost grows with the number of regions and links asked
// about, never with the number of firms in them or in the whole knowledge base.
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
  OPTIONAL MATCH (l)-[:HAS_TOTAL]->(t:LinkTotal {status: 'operating'})
  WITH l, collect(t {.status, .unit, .capacity}) AS national
  RETURN collect({id: l.id, name: l.name, nameEn: l.nameEn, unit: l.unit, national: national,
                  nationalOperatingFirms: coalesce(l.nationalOperatingFirms, 0)}) AS facts
}
// Local production from the regions' totals (cypher/maintenance/refresh-region-totals.cypher):
// one MAKES per region and link, summed by the analysis.
// Summed here per link, status and unit (a firm is in one region only, so sums are
// exact), which keeps the answer small for a city of many regions.
CALL (localRegions, needed) {
  UNWIND localRegions AS r
  MATCH (r)-[m:MAKES]->(l:Link)
  WHERE l IN needed
  WITH l, sum(m.operatingFirms) AS operatingFirms, sum(m.pipelineFirms) AS pipelineFirms,
       collect(m) AS makes
  CALL (makes) {
    UNWIND makes AS m
    UNWIND range(0, size(m.statuses) - 1) AS i
    WITH m.statuses[i] AS status, m.units[i] AS unit, sum(m.capacities[i]) AS capacity
    ORDER BY status, unit
    RETURN collect(status) AS statuses, collect(unit) AS units, collect(capacity) AS capacities
  }
  RETURN collect({link: l.id, operatingFirms: operatingFirms, pipelineFirms: pipelineFirms,
                  statuses: statuses, units: units, capacities: capacities}) AS local
}
// Projects from the links' side: a link has tens of projects nationally, a big city
// has thousands of firms that share the LOCATED_IN relationships with its projects.
CALL (localRegions, needed) {
  UNWIND needed AS l
  MATCH (l)<-[:FOR_LINK]-(pr:Project)-[:LOCATED_IN]->(r:Region)
  WHERE r IN localRegions
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
