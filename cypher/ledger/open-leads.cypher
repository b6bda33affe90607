// The open leads of the firms $enterprises (one page of a target list, bounded by the
// page size) for link $link recruited by region $region (Target.openLead), shaped as
// ledger/lead answers a lead, with the link's chains for the read check. Starts from the
// firms' ids (enterprise_id constraint): a firm has few leads.
UNWIND $enterprises AS id
MATCH (e:Enterprise {id: id})<-[:TARGETS]-(lead:Lead)
WHERE lead.status = 'open'
MATCH (lead)-[:FOR_LINK]->(l:Link {id: $link})
MATCH (lead)-[:FOR_REGION]->(r:Region {code: $region})
RETURN e.id AS enterprise,
  lead {.*, enterprise: e {.*}, link: l {.*}, region: r {.*},
    chains: [(l)<-[:HAS_LINK]-(c:Chain) | c.id], project: null} AS lead
