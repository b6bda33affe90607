// The chain map of chain $chain for region $region (null = national): every link of
// the chain with its stage, local operating firm count, capacity per unit (operating and
// building/planned kept apart; units are never added together), the link-master firms
// among its producers (or their groups), the feeds between the links, and the region's
// link-masters and chain leader. "Local" = located in $region or any region below it.
// No row when the chain or the region does not exist.
MATCH (c:Chain {id: $chain})
OPTIONAL MATCH (scope:Region {code: $region})
WITH c, scope
WHERE $region IS NULL OR scope IS NOT NULL
CALL (scope) {
  OPTIONAL MATCH (scope)<-[:PART_OF*0..4]-(r:Region)
  RETURN collect(r) AS local, collect(r.code) AS localCodes
}
CALL (c, scope, local, localCodes) {
  MATCH (c)-[h:HAS_LINK]->(l:Link)
  CALL (l, scope, local) {
    OPTIONAL MATCH (e:Enterprise)-[p:PRODUCES {status: 'operating'}]->(l)
    WHERE scope IS NULL OR EXISTS { MATCH (e)-[:LOCATED_IN]->(r) WHERE r IN local }
    RETURN count(DISTINCT e) AS enterprises
  }
  CALL (l, scope, local) {
    OPTIONAL MATCH (e:Enterprise)-[p:PRODUCES]->(l)
    WHERE p.capacity IS NOT NULL AND p.unit IS NOT NULL
      AND (scope IS NULL OR EXISTS { MATCH (e)-[:LOCATED_IN]->(r) WHERE r IN local })
    WITH p.status = 'operating' AS operating, p.unit AS unit, sum(p.capacity) AS total
    WHERE unit IS NOT NULL
    RETURN collect(CASE WHEN operating THEN {unit: unit, value: total} END) AS capacity,
           collect(CASE WHEN NOT operating THEN {unit: unit, value: total} END) AS pipelineCapacity
  }
  CALL (c, l, scope, localCodes) {
    OPTIONAL MATCH (m:Enterprise)-[d:LINK_MASTER]->(c)
    WHERE (scope IS NULL OR d.region IN localCodes)
      AND EXISTS { MATCH (m)<-[:SUBSIDIARY_OF*0..2]-(:Enterprise)-[:PRODUCES]->(l) }
    WITH DISTINCT m
    RETURN collect(m {.*})[..20] AS masterEnterprises
  }
  RETURN collect({
    link: l {.*},
    stage: h.stage,
    position: coalesce(h.position, 0),
    enterprises: enterprises,
    capacity: capacity,
    pipelineCapacity: pipelineCapacity,
    masterEnterprises: masterEnterprises
  }) AS nodes
}
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_LINK]->(a:Link)-[f:FEEDS]->(b:Link)<-[:HAS_LINK]-(c)
  WITH a, f, b WHERE f IS NOT NULL
  RETURN collect(f {.*, from: a {.*}, to: b {.*}})[..$max] AS edges
}
CALL (c, scope, localCodes) {
  OPTIONAL MATCH (m:Enterprise)-[d:LINK_MASTER]->(c)
  WHERE scope IS NULL OR d.region IN localCodes
  OPTIONAL MATCH (dr:Region {code: d.region})
  WITH m, d, dr WHERE m IS NOT NULL
  RETURN collect({enterprise: m {.*}, chain: c {.*}, region: dr {.*}, source: d.source, asOf: d.asOf})[..$max] AS masters
}
CALL (c, scope) {
  OPTIONAL MATCH (c)-[x:LEADER]->(scope)
  RETURN CASE WHEN x IS NULL THEN null
         ELSE {chain: c {.*}, region: scope {.*}, name: x.name, title: x.title, source: x.source, asOf: x.asOf} END AS leader
}
RETURN c {.*} AS chain, scope {.*} AS region, nodes, edges, masters, leader
