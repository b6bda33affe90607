MATCH (:Enterprise {id: $enterprise})-[m:LINK_MASTER {region: $region}]->(:Chain {id: $chain})
DELETE m
