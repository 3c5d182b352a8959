-- Schema version 14: adjustments (issue 13). An amount paid with a period outside its plans' own lines: a manual
-- adjustment, a clawback or top-up for a deal of a closed period that changed after the close, or an accepted
-- dispute's. A row is never changed: a correction is another adjustment. Reopening a period removes the clawbacks and
-- top-ups made for it (each removal in the audit log), since closing it again freezes the changes themselves.
CREATE TABLE adjustments (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id        TEXT    NOT NULL,
    -- the period it is paid with, as Period.key(): the first open period when it was made
    period_key       TEXT    NOT NULL,
    -- the plan it corrects; NULL for a manual adjustment that names none
    plan_id          TEXT,
    -- signed: negative takes money back
    amount_cents     INTEGER NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('manual', 'clawback', 'top_up', 'dispute')),
    -- the words of whoever made it (manual, dispute)
    reason           TEXT,
    -- the deal change behind a clawback or top-up (core/payout/DealChange): the closed period it corrects and what
    -- changed, in stable tokens (won/lost/open, plain decimals, person ids, ISO dates)
    deal_id          TEXT,
    deal_name        TEXT,
    source_period    TEXT,
    change_what      TEXT CHECK (change_what IN ('outcome', 'amount', 'owner', 'close_date', 'deleted', 'other')),
    change_from      TEXT,
    change_to        TEXT,
    -- a clawback the plan's policy did not take (negative), or a later change that made it good again (positive): it
    -- keeps a later recheck from taking it after all, and explain says so
    waived_cents     INTEGER NOT NULL DEFAULT 0,
    -- why it was not taken: 'none' (the plan never claws back) or 'window:N' (the N-day window had passed)
    waived_because   TEXT,
    dispute_number   INTEGER,
    -- UTC instant as text
    created_at       TEXT    NOT NULL,
    -- a person id, or 'cli', 'import', 'hubspot'
    created_by       TEXT    NOT NULL
);
-- What a status or statement reads: one person's adjustments paid with one period.
CREATE INDEX adjustments_by_person ON adjustments (person_id, period_key, id);
-- What a recheck sums: what has been paid since the close for one closed period, person and plan.
CREATE INDEX adjustments_by_source ON adjustments (source_period, person_id, plan_id) WHERE source_period IS NOT NULL;

-- Deals written since a close whose old or new close date lies in a closed period, each written in the same
-- transaction as the deal: the reconciler turns them into clawbacks and top-ups and removes them, so one left by a
-- crash is done at the next start.
CREATE TABLE deal_rechecks (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    deal_id      TEXT NOT NULL,
    -- the deal's row before and after the write, as JSON; before is NULL for a new deal
    before       TEXT,
    after        TEXT NOT NULL,
    -- 'import', 'hubspot', 'config' (a rate in settings.yaml converted it again)
    source       TEXT NOT NULL,
    at           TEXT NOT NULL
);
