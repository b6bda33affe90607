// A project owns its INVESTS, LOCATED_IN and FOR_LINK: they go with it.
MATCH (p:Project {id: $id})
DETACH DELETE p
