-- PostgreSQL's form of db/migration/V11__period_closes.sql (the SQLite form). Text is COLLATE "C", so it sorts and compares by
-- code point as SQLite's text does; whole numbers are BIGINT, as wide as SQLite's INTEGER.
--
-- Schema version 11: closed periods (issue 13). Closing a period freezes every statement of it: from then on status,
-- explain, statements and the payroll export read the snapshot and never evaluate the period again.
--
-- One row per period that has ever been closed; its state says whether it is closed now. Each close and reopen is
-- also in the audit log, with its reason.
CREATE TABLE period_closes (
    -- Period.key(): 2026-Q3, FY2027-Q1, 2026-11
    period_key    TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    state         TEXT COLLATE "C" NOT NULL CHECK (state IN ('closed', 'reopened')),
    -- UTC instants as text
    closed_at     TEXT COLLATE "C" NOT NULL,
    closed_by     TEXT COLLATE "C" NOT NULL,
    reopened_at   TEXT COLLATE "C",
    reopened_by   TEXT COLLATE "C",
    reopen_reason TEXT COLLATE "C"
);

-- The frozen statement of each person of a closed period: the whole snapshot as JSON (plan versions, inputs, every
-- line, the replies in each language) and its cash total in cents. Removed when the period is reopened (the audit
-- log keeps the totals), written again at the next close.
CREATE TABLE closed_statements (
    period_key   TEXT COLLATE "C"    NOT NULL,
    person_id    TEXT COLLATE "C"    NOT NULL,
    total_cents  BIGINT NOT NULL,
    snapshot     TEXT COLLATE "C"    NOT NULL,
    PRIMARY KEY (period_key, person_id)
);

-- What was paid per plan in a closed period: the baseline a later change of one of its deals is measured against
-- (a clawback or top-up is the difference between what the period would pay now and this plus the adjustments
-- already made for it).
CREATE TABLE closed_plan_cash (
    period_key   TEXT COLLATE "C"    NOT NULL,
    person_id    TEXT COLLATE "C"    NOT NULL,
    plan_id      TEXT COLLATE "C"    NOT NULL,
    cash_cents   BIGINT NOT NULL,
    -- the first day of the plan version used, NULL for a plan without versions
    version_from TEXT COLLATE "C",
    -- a digest of that version's settings as read from plans.yaml: config check refuses an edit that changes it
    version_digest TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (period_key, person_id, plan_id)
);
