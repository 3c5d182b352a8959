-- Schema version 13 on this branch (V14 once issue 13's parts are merged): manager approval of a period's statements.
--
-- Approval is asked for per period (bonusbot approvals request P); each team's manager then approves the figures their
-- team has: each member's cash total for the period, kept as they were approved, with a digest of them. When a
-- team's figures change after the approval (a late deal, an edited plan, a member moved), the digest no longer matches:
-- the approval is void, the close gate counts it as missing, and the manager is asked again with the new figures.
CREATE TABLE approval_requests (
    period_key   TEXT NOT NULL PRIMARY KEY,
    -- UTC instants as text
    requested_at TEXT NOT NULL,
    requested_by TEXT NOT NULL
);

-- The latest approval of each manager of a team for a period; every approval is also in the audit log (action approve).
CREATE TABLE approvals (
    period_key  TEXT NOT NULL,
    team_id     TEXT NOT NULL,
    manager_id  TEXT NOT NULL,
    approved_at TEXT NOT NULL,
    -- the manager, cli, or the person named with --by
    approved_by TEXT NOT NULL,
    -- SHA-256 (hex) of the period, the team and each member's total: TeamFigures.digest()
    digest      TEXT NOT NULL,
    -- the figures approved: one line per member, "person_id total" (total with two decimals), in person id order
    totals      TEXT NOT NULL,
    PRIMARY KEY (period_key, team_id, manager_id)
) WITHOUT ROWID;

-- Each ask sent: once per team and state of its figures, claimed here before it is sent.
CREATE TABLE approval_asks (
    period_key TEXT NOT NULL,
    team_id    TEXT NOT NULL,
    digest     TEXT NOT NULL,
    manager_id TEXT NOT NULL,
    asked_at   TEXT NOT NULL,
    PRIMARY KEY (period_key, team_id, digest)
) WITHOUT ROWID;

-- Each day's reminder of a manager who has not approved, claimed here before it is sent.
CREATE TABLE approval_reminders (
    period_key  TEXT NOT NULL,
    team_id     TEXT NOT NULL,
    manager_id  TEXT NOT NULL,
    day         TEXT NOT NULL,
    reminded_at TEXT NOT NULL,
    PRIMARY KEY (period_key, team_id, manager_id, day)
) WITHOUT ROWID;
