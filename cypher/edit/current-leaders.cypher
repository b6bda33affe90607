// The chain leader of chain $chain in region $region as it is now.
MATCH (c:Chain {id: $chain})-[l:LEADER]->(r:Region {code: $region})
RETURN properties(l) AS props, {chain: c.id, region: r.code} AS refs
LIMIT 1
