// Region $region and chain $chain (null when not given or unknown), for the views' answers.
OPTIONAL MATCH (r:Region {code: $region})
OPTIONAL MATCH (c:Chain {id: $chain})
RETURN r {.*} AS region, c {.*} AS chain
