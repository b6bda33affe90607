// The LINK_MASTER designation of $enterprise for chain $chain in region $region as it is now.
MATCH (e:Enterprise {id: $enterprise})-[m:LINK_MASTER {region: $region}]->(c:Chain {id: $chain})
RETURN properties(m) AS props, {enterprise: e.id, chain: c.id} AS refs
LIMIT 1
