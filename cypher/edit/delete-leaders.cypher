MATCH (:Chain {id: $chain})-[l:LEADER]->(:Region {code: $region})
DELETE l
