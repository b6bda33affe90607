// Which of $ids are chains already in the knowledge base.
UNWIND $ids AS id
MATCH (c:Chain {id: id})
RETURN c.id AS id
