// Facts for the heat map of chain $chain over every region of level $level (inside
// $within when given): per link of the chain (and the links they feed), capacity per
// region, status and unit, distinct producers per region and status, and projects per
// region and status; plus national operating producers and capacity per link. The
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
CALL (needed, within) {
  UNWIND needed AS l
  MATCH (e:Enterprise)-[p:PRODUCES]->(l)
  MATCH (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(anc:Region {level: $level})
  WHERE within IS NULL OR EXISTS { (anc)-[:PART_OF*1..4]->(within) }
  WITH l, anc, p, e
  RETURN collect({link: l.id, region: anc.code, status: p.status, unit: p.unit, value: p.capacity, firm: e.id}) AS rows
}
CALL (needed) {
  UNWIND needed AS l
  OPTIONAL MATCH (e:Enterprise)-[p:PRODUCES {status: 'operating'}]->(l)
  WITH l, count(DISTINCT e) AS firms
  CALL (l) {
    OPTIONAL MATCH (:Enterprise)-[p:PRODUCES {status: 'operating'}]->(l)
    WITH p.unit AS unit, sum(p.capacity) AS value
    WHERE unit IS NOT NULL
    RETURN collect({unit: unit, value: value}) AS capacity
  }
  RETURN collect({id: l.id, name: l.name, nameEn: l.nameEn, unit: l.unit, firms: firms, capacity: capacity}) AS national
}
CALL (needed, within) {
  UNWIND needed AS l
  MATCH (l)<-[:FOR_LINK]-(pr:Project)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(anc:Region {level: $level})
  WHERE within IS NULL OR EXISTS { (anc)-[:PART_OF*1..4]->(within) }
  WITH l, anc, pr.status AS status, count(pr) AS n
  RETURN collect({link: l.id, region: anc.code, status: status, count: n}) AS projects
}
RETURN c {.*} AS chain, links, feeds, regions, rows, national, projects
