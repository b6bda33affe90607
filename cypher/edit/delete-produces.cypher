MATCH (:Enterprise {id: $enterprise})-[p:PRODUCES {status: $status}]->(:Link {id: $link})
DELETE p
