// Lead $id as the API shows it, with its firm, link, region, the link's chains (the
// read check) and the project it became.
MATCH (lead:Lead {id: $id})
MATCH (lead)-[:TARGETS]->(e:Enterprise)
MATCH (lead)-[:FOR_LINK]->(l:Link)
MATCH (lead)-[:FOR_REGION]->(r:Region)
RETURN lead {.*, enterprise: e {.*}, link: l {.*}, region: r {.*},
  chains: [(l)<-[:HAS_LINK]-(c:Chain) | c.id],
  project: [(lead)-[:BECAME]->(p:Project) | p {.*,
    enterprise: [(pe:Enterprise)-[:INVESTS]->(p) | pe {.*}][0],
    region: [(p)-[:LOCATED_IN]->(pr:Region) | pr {.*}][0],
    link: [(p)-[:FOR_LINK]->(pl:Link) | pl {.*}][0]}][0]
} AS lead
LIMIT 1
