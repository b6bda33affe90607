// The chains with local producers in $region (itself, its counties and parks), with how
// many distinct local firms produce one of their links; strongest first.
MATCH (:Region {code: $region})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e:Enterprise)
MATCH (e)-[:PRODUCES]->(:Link)<-[:HAS_LINK]-(c:Chain)
RETURN c.id AS chain, count(DISTINCT e) AS producers
ORDER BY producers DESC, chain
