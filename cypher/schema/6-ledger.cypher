// The recruitment ledger (docs/ledger.md): keys of its records, and the dates its views
// filter on (a month is a STARTS WITH on a YYYY-MM-DD string, which a range index serves).
CREATE CONSTRAINT lead_id IF NOT EXISTS FOR (n:Lead) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT follow_up_id IF NOT EXISTS FOR (n:FollowUp) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT project_move_id IF NOT EXISTS FOR (n:ProjectMove) REQUIRE n.id IS UNIQUE;
CREATE INDEX lead_opened_on IF NOT EXISTS FOR (n:Lead) ON (n.openedOn);
CREATE INDEX lead_closed_on IF NOT EXISTS FOR (n:Lead) ON (n.closedOn);
CREATE INDEX follow_up_on IF NOT EXISTS FOR (n:FollowUp) ON (n.on);
CREATE INDEX project_signed_on IF NOT EXISTS FOR (n:Project) ON (n.signedOn);
CREATE INDEX project_started_on IF NOT EXISTS FOR (n:Project) ON (n.startedOn);
CREATE INDEX project_producing_on IF NOT EXISTS FOR (n:Project) ON (n.producingOn);
CREATE INDEX project_stalled_on IF NOT EXISTS FOR (n:Project) ON (n.stalledOn);
CREATE INDEX project_cancelled_on IF NOT EXISTS FOR (n:Project) ON (n.cancelledOn);
