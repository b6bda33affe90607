// The follow-ups of lead $id, latest first, at most $first.
MATCH (:Lead {id: $id})<-[:ABOUT]-(f:FollowUp)
RETURN f {.*, lead: $id} AS followUp
ORDER BY f.on DESC, f.createdAt DESC
LIMIT $first
