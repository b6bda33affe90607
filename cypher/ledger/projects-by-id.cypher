// Projects $ids as the API shows them (at most a page), with investor, region and link.
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN p {.*,
  enterprise: [(e:Enterprise)-[:INVESTS]->(p) | e {.*}][0],
  region: [(p)-[:LOCATED_IN]->(r:Region) | r {.*}][0],
  link: [(p)-[:FOR_LINK]->(l:Link) | l {.*}][0]} AS project
