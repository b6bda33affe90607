// Chains by name: the chain_names full-text index ($query is already Lucene-escaped),
// plus a plain CONTAINS on $text so one Chinese character (铝), which the cjk analyzer's
// bigrams never match, still finds its chains. Chains are few, so the scan is cheap.
CALL {
  CALL db.index.fulltext.queryNodes('chain_names', $query, {limit: $first})
  YIELD node, score
  RETURN node, score
  UNION
  MATCH (node:Chain)
  WHERE node.name CONTAINS $text OR toLower(coalesce(node.nameEn, '')) CONTAINS toLower($text)
  RETURN node, 0.0 AS score
}
WITH node, max(score) AS score
RETURN node {.*} AS chain, score
ORDER BY score DESC, node.name
LIMIT $first
