// Which of the given region codes and chain ids exist (an account's scope must name real ones).
RETURN [code IN $regions WHERE EXISTS { MATCH (:Region {code: code}) }] AS regions,
       [chainId IN $chains WHERE EXISTS { MATCH (:Chain {id: chainId}) }] AS chains
