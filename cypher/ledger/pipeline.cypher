// The projects for the links of chain $chain built in region $region or below, one row
// each with the link's place in the chain. From the links' side, like chain-gaps: a link
// has tens of projects nationally, while a city's LOCATED_IN is shared with its firms.
MATCH (root:Region {code: $region})
MATCH (:Chain {id: $chain})-[h:HAS_LINK]->(l:Link)<-[:FOR_LINK]-(p:Project)-[:LOCATED_IN]->(r:Region)
WHERE EXISTS { (r)-[:PART_OF*0..4]->(root) }
RETURN l.id AS link, h.stage AS stage, h.position AS position, p.id AS id, p.status AS status,
  p.investmentYi AS investmentYi, p.capacity AS capacity, p.unit AS unit, p.signedOn AS signedOn
ORDER BY CASE h.stage WHEN 'upstream' THEN 0 WHEN 'midstream' THEN 1 ELSE 2 END, h.position, l.id, p.id
