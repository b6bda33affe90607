MATCH (:Link {id: $from})-[f:FEEDS]->(:Link {id: $to})
DELETE f
