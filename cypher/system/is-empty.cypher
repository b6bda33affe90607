// True when the knowledge base has no chain yet, i.e. the seed should be loaded.
RETURN NOT EXISTS { MATCH (:Chain) } AS empty
