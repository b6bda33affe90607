// Which of $ids are links already in the knowledge base.
UNWIND $ids AS id
MATCH (l:Link {id: id})
RETURN l.id AS id
