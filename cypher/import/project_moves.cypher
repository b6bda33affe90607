// project_moves.csv: a project's moves along the pipeline (docs/ledger.md), one
// ProjectMove per row, hung off its project. Users are named by username: an account of
// this database gives the move its userId, as a move recorded here has; an unknown
// username is kept as text only (accounts are not part of a dataset).
UNWIND $rows AS row
MATCH (p:Project {id: row.project})
MERGE (m:ProjectMove {id: row.id})
SET m.from = row.from, m.to = row.to, m.on = row.on, m.reason = row.reason, m.operator = row.operator,
    m.capacity = row.capacity, m.unit = row.unit, m.investmentYi = row.investmentYi, m.at = row.at,
    m.username = row.user, m.userId = head(COLLECT { MATCH (u:User {username: row.user}) RETURN u.id })
WITH p, m
FOREACH (old IN [(q:Project)-[o:MOVED]->(m) WHERE q <> p | o] | DELETE old)
MERGE (p)-[:MOVED]->(m)
