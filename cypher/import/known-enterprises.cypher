// Which of $ids are enterprises already in the knowledge base.
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
RETURN e.id AS id
