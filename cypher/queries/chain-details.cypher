// Chains by id with their links (stage, position) and the feeds among those links.
UNWIND $ids AS id
MATCH (c:Chain {id: id})
CALL (c) {
  OPTIONAL MATCH (c)-[h:HAS_LINK]->(l:Link)
  WITH h, l WHERE l IS NOT NULL
  ORDER BY CASE h.stage WHEN 'upstream' THEN 0 WHEN 'midstream' THEN 1 ELSE 2 END, h.position, l.id
  RETURN collect(h {.*, link: l {.*}})[..$max] AS links
}
CALL (c) {
  OPTIONAL MATCH (c)-[:HAS_LINK]->(a:Link)-[f:FEEDS]->(b:Link)<-[:HAS_LINK]-(c)
  WITH a, f, b WHERE f IS NOT NULL
  RETURN collect(f {.*, from: a {.*}, to: b {.*}})[..$max] AS feeds
}
RETURN c {.*, links: links, feeds: feeds} AS chain
