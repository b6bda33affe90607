// Full-text search over link names, Chinese and English ($query is already Lucene-escaped).
CALL db.index.fulltext.queryNodes('link_names', $query, {limit: $first})
YIELD node, score
RETURN node {.*} AS link, score
ORDER BY score DESC
LIMIT $first
