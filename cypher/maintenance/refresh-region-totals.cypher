// Production of each region in $regions (its own firms, not those of regions below it)
// per link: (:Region)-[:MAKES]->(:Link) with the number of firms that operate it, the
// number building or planning it, and the capacity per status and unit as three
// parallel lists (statuses[i], units[i] ('' when none), capacities[i]). A firm is
// LOCATED_IN one region only, so a city's figures are the sums over its own regions:
// the gap analysis of a city reads a few hundred of these instead of every PRODUCES of
// its tens of thousands of firms. Derived data, recomputed by every write that moves a
// firm or changes what it produces (the importer, in its own transaction), never
// imported or exported.
UNWIND $regions AS code
MATCH (r:Region {code: code})
CALL (r) {
  OPTIONAL MATCH (r)-[old:MAKES]->(:Link)
  DELETE old
}
CALL (r) {
  MATCH (r)<-[:LOCATED_IN]-(e:Enterprise)-[p:PRODUCES]->(l:Link)
  WITH l, e, collect(p) AS ps
  WITH l, collect(ps) AS perFirm
  WITH l,
       size([ps IN perFirm WHERE any(p IN ps WHERE p.status = 'operating')]) AS operatingFirms,
       size([ps IN perFirm WHERE any(p IN ps WHERE p.status <> 'operating')]) AS pipelineFirms,
       reduce(acc = [], ps IN perFirm | acc + ps) AS rels
  CALL (rels) {
    UNWIND rels AS p
    WITH p.status AS status, coalesce(p.unit, '') AS unit, sum(coalesce(p.capacity, 0.0)) AS capacity
    ORDER BY status, unit
    RETURN collect(status) AS statuses, collect(unit) AS units, collect(capacity) AS capacities
  }
  CREATE (r)-[:MAKES {operatingFirms: operatingFirms, pipelineFirms: pipelineFirms,
                      statuses: statuses, units: units, capacities: capacities}]->(l)
}
