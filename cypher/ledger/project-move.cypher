// One move of a project along the pipeline: the project's new status and dates
// ($set: fixed property names chosen by server/ledger/move-project.ts), and the move kept
// as history (newest first through ProjectMove.at).
MATCH (p:Project {id: $id})
SET p += $set
CREATE (p)-[:MOVED]->(m:ProjectMove)
SET m = $move
RETURN m {.*} AS move
