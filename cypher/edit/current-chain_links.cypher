// The HAS_LINK of chain $chain to link $link as it is now.
MATCH (c:Chain {id: $chain})-[h:HAS_LINK]->(l:Link {id: $link})
RETURN properties(h) AS props, {chain: c.id, link: l.id} AS refs
LIMIT 1
