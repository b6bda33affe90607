// Whether region $code is region $within or lies below it.
MATCH (r:Region {code: $code})
RETURN EXISTS { (r)-[:PART_OF*0..4]->(:Region {code: $within}) } AS within
