// For each link of $chain: distinct local producers in $region and PRODUCES nationally
// (the latter from the link's degree, so it costs nothing). Links sorted by id.
MATCH (:Chain {id: $chain})-[:HAS_LINK]->(l:Link)
WITH collect(l) AS links
CALL (links) {
  MATCH (:Region {code: $region})<-[:PART_OF*0..3]-(:Region)<-[:LOCATED_IN]-(e:Enterprise)-[:PRODUCES]->(x:Link)
  WHERE x IN links
  RETURN x.id AS id, count(DISTINCT e) AS local
}
WITH links, collect({id: id, local: local}) AS found
UNWIND links AS l
RETURN l.id AS link, coalesce([f IN found WHERE f.id = l.id | f.local][0], 0) AS local,
       COUNT { ()-[:PRODUCES]->(l) } AS national
ORDER BY link
