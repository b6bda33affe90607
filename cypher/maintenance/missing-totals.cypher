// Links with producers but no national totals or ranked candidates, and regions with producing firms but no
// MAKES: a database written before the totals existed, or by a tool that bypassed the
// importer. The server recomputes these at start (server/db/derived-totals.ts).
CALL () {
  MATCH (l:Link)
  WHERE EXISTS { (l)<-[:PRODUCES]-() }
    AND (NOT EXISTS { (l)-[:HAS_TOTAL]->() } OR NOT EXISTS { (l)<-[:CANDIDATE_FOR]-() })
  RETURN collect(l.id) AS links
}
CALL () {
  MATCH (r:Region)
  WHERE NOT EXISTS { (r)-[:MAKES]->() } AND EXISTS { (r)<-[:LOCATED_IN]-(:Enterprise)-[:PRODUCES]->() }
  RETURN collect(r.code) AS regions
}
RETURN links, regions
