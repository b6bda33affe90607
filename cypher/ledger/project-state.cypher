// The project $id as a move needs it: status and dates, its region, its link and the
// chains containing that link (the scope check), and its investor.
MATCH (p:Project {id: $id})
OPTIONAL MATCH (e:Enterprise)-[:INVESTS]->(p)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(r:Region)
OPTIONAL MATCH (p)-[:FOR_LINK]->(l:Link)
RETURN p {
  .id, .name, .status, .signedOn, .startedOn, .producingOn, .stalledOn, .cancelledOn,
  .capacity, .unit, .investmentYi
} AS project, e.id AS investor, r.code AS region, l.id AS link,
  [(l)<-[:HAS_LINK]-(c:Chain) | c.id] AS chains
LIMIT 1
