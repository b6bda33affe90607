// Facts for the heat map of chain $chain over every region of level $level (inside
// $within when given): per link of the chain (and the links they feed), what each
// region below a region of the level makes (its MAKES totals) and projects per region
// and status; plus national operating producers and capacity per link. The
// analysis then runs once per region in server/analysis/heatmap.ts.
MATCH (c:Chain {id: $chain})
OPTIONAL MATCH (within:Region {code: $within})
WITH c, within
WHERE $within IS NULL OR within IS NOT NULL
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
CALL (within) {
  MATCH (r:Region {level: $level})
  WHERE within IS NULL OR EXISTS { (r)-[:PART_OF*1..4]->(within) }
  RETURN collect(r {.code, .name, .level}) AS regions
}
// Production per region of the level, from the regions' totals (MAKES, see
// cypher/maintenance/refresh-region-totals.cypher): each MAKES is walked up to its
// region of the level; the analysis sums them (a firm is in one region only). Reading
// raw PRODUCES here read every producer in China of every link (millions of hits).
CALL (needed, within) {
  UNWIND needed AS l
  MATCH (r:Region)-[m:MAKES]->(l)
  MATCH (r)-[:PART_OF*0..4]->(anc:Region {level: $level})
  WHERE within IS NULL OR EXISTS { (anc)-[:PART_OF*1..4]->(within) }
  RETURN collect({link: l.id, region: anc.code, operatingFirms: m.operatingFirms, pipelineFirms: m.pipelineFirms,
                  statuses: m.statuses, units: m.units, capacities: m.capacities}) AS local
}
// National operating totals per link (HAS_TOTAL), in the shape queries/chain-gaps returns.
CALL (needed) {
  UNWIND needed AS l
  OPTIONAL MATCH (l)-[:HAS_TOTAL]->(t:LinkTotal {status: 'operating'})
  WITH l, collect(t {.status, .unit, .capacity}) AS national
  RETURN collect({id: l.id, name: l.name, nameEn: l.nameEn, unit: l.unit, national: national,
                  nationalOperatingFirms: coalesce(l.nationalOperatingFirms, 0)}) AS national
}
CALL (needed, within) {
  UNWIND needed AS l
  MATCH (l)<-[:FOR_LINK]-(pr:Project)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(anc:Region {level: $level})
  WHERE within IS NULL OR EXISTS { (anc)-[:PART_OF*1..4]->(within) }
  WITH l, anc, pr.status AS status, count(pr) AS n
  RETURN collect({link: l.id, region: anc.code, status: status, count: n}) AS projects
}
RETURN c {.*} AS chain, links, feeds, regions, local, national, projects
