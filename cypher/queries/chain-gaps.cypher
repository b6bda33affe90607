// Facts for the gap analysis of chain $chain in region $region, in one round trip:
// for every link of the chain and every link they feed (power feeds nickel too):
// local capacity per status and unit, distinct local producers, local projects by
// status, and national operating producers and capacity; plus the feeds, the region's
// link-masters of the chain and its chain leader. The rules that turn these counts into
// statuses and opportunities are in server/analysis/gaps.ts.
// "Local" = LOCATED_IN the region or a region below it (PART_OF, at most 4 levels).
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
CALL (needed, scope) {
  UNWIND needed AS l
  CALL (l, scope) {
    MATCH (e:Enterprise)-[p:PRODUCES]->(l)
    WITH e, p, EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(scope) } AS isLocal
    WITH isLocal, p.status AS status, p.unit AS unit, sum(p.capacity) AS value,
         CASE WHEN isLocal THEN collect(DISTINCT e.id) ELSE [] END AS localIds,
         count(DISTINCT e) AS firms
    RETURN collect({local: isLocal, status: status, unit: unit, value: value, ids: localIds, firms: firms}) AS groups
  }
  CALL (l) {
    OPTIONAL MATCH (e:Enterprise)-[:PRODUCES {status: 'operating'}]->(l)
    RETURN count(DISTINCT e) AS nationalOperatingFirms
  }
  CALL (l, scope) {
    OPTIONAL MATCH (l)<-[:FOR_LINK]-(pr:Project)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(scope)
    WITH pr.status AS status, count(pr) AS n
    WHERE status IS NOT NULL
    RETURN collect({status: status, count: n}) AS projects
  }
  RETURN collect({id: l.id, name: l.name, nameEn: l.nameEn, unit: l.unit, groups: groups,
                  nationalOperatingFirms: nationalOperatingFirms, projects: projects}) AS facts
}
CALL (c, scope) {
  OPTIONAL MATCH (scope)<-[:PART_OF*0..4]-(r:Region)
  WITH c, collect(r.code) AS localCodes
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
CALL (chainLinks, scope) {
  UNWIND chainLinks AS l
  OPTIONAL MATCH (l)<-[:FOR_LINK]-(pr:Project)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(scope)
  WITH DISTINCT pr WHERE pr IS NOT NULL
  RETURN collect({status: pr.status, investmentYi: pr.investmentYi}) AS chainProjects
}
RETURN c {.*} AS chain, scope {.*} AS region, links, feeds, facts, masters, leader, chainProjects
