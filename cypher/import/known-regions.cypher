// Which of $codes are regions already in the knowledge base, with their level (a new
// region's parent must be of the right level).
UNWIND $codes AS code
MATCH (r:Region {code: code})
RETURN r.code AS id, r.level AS level
