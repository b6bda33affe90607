// Deletes everything (an external database being regenerated), in bounded transactions.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
