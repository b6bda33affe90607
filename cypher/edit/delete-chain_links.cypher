MATCH (:Chain {id: $chain})-[h:HAS_LINK]->(:Link {id: $link})
DELETE h
