// Deletes follow-up $id (its lead stays, with its other records).
MATCH (f:FollowUp {id: $id})
DETACH DELETE f
