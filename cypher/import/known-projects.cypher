// Which of $ids are projects already in the knowledge base.
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN p.id AS id
