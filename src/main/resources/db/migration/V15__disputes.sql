-- Schema version 15: disputes (issue 13). A seller who thinks a figure is wrong
-- opens a case with /bonus dispute; sales ops answers it, accepting (perhaps with an amount) or rejecting. The number
-- is the case number the seller is told. Each step is also in the audit log, written in the same transaction.
CREATE TABLE disputes (
    number           INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id        TEXT    NOT NULL,
    text             TEXT    NOT NULL,
    -- the deal the seller named (deal:D-123), kept as typed: a missing deal is a common reason to dispute
    deal_id          TEXT,
    -- the plan the seller named, by id; NULL for all their plans
    plan_id          TEXT,
    -- Period.key() of the period the case is about: the named plan's current period (else the first plan's)
    period_key       TEXT,
    state            TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'rejected')),
    answer           TEXT,
    -- a person id (an admin), or 'cli' for the command line without --by
    resolved_by      TEXT,
    -- UTC instants as text
    resolved_at      TEXT,
    -- what an accepted case adds to the seller's pay, in cents of the company currency; NULL when nothing
    adjustment_cents INTEGER,
    opened_at        TEXT    NOT NULL,
    -- when the seller was told the answer by direct message; NULL until a chat platform took it
    seller_told_at   TEXT,
    CHECK ((state = 'open') = (resolved_at IS NULL)),
    CHECK (adjustment_cents IS NULL OR state = 'accepted')
);
CREATE INDEX disputes_by_person ON disputes (person_id, number);
CREATE INDEX disputes_untold ON disputes (number) WHERE state <> 'open' AND seller_told_at IS NULL;
