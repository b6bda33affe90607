// Which of $ids are leads already in the ledger.
UNWIND $ids AS id
MATCH (lead:Lead {id: id})
RETURN lead.id AS id
