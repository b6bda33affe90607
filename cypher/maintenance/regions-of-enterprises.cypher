// The regions the firms in $ids are located in now: the importer asks before and after
// it writes, and refreshes the production totals of both (a firm that moved changes two).
UNWIND $ids AS id
MATCH (:Enterprise {id: id})-[:LOCATED_IN]->(r:Region)
RETURN collect(DISTINCT r.code) AS codes
