-- PostgreSQL's form of db/migration/V13__approvals.sql (the SQLite form). Text is COLLATE "C", so it sorts and compares by
-- code point as SQLite's text does; whole numbers are BIGINT, as wide as SQLite's INTEGER.
--
-- Schema version 13 on this branch (V14 once issue 13's parts are merged): manager approval of a period's statements.
--
-- Approval is asked for per period (bonusbot approvals request P); each team's manager then approves the figures their
-- team has: each member's cash total for the period, kept as they were approved, with a digest of them. When a
-- team's figures change after the approval (a late deal, an edited plan, a member moved), the digest no longer matches:
-- the approval is void, the close gate counts it as missing, and the manager is asked again with the new figures.
CREATE TABLE approval_requests (
    period_key   TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    -- UTC instants as text
    requested_at TEXT COLLATE "C" NOT NULL,
    requested_by TEXT COLLATE "C" NOT NULL
);

-- The latest approval of each manager of a team for a period; every approval is also in the audit log (action approve).
CREATE TABLE approvals (
    period_key  TEXT COLLATE "C" NOT NULL,
    team_id     TEXT COLLATE "C" NOT NULL,
    manager_id  TEXT COLLATE "C" NOT NULL,
    approved_at TEXT COLLATE "C" NOT NULL,
    -- the manager, cli, or the person named with --by
    approved_by TEXT COLLATE "C" NOT NULL,
    -- SHA-256 (hex) of the period, the team and each member's total: TeamFigures.digest()
    digest      TEXT COLLATE "C" NOT NULL,
    -- the figures approved: one line per member, "person_id total" (total with two decimals), in person id order
    totals      TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (period_key, team_id, manager_id)
);

-- Each ask sent: once per team and state of its figures, claimed here before it is sent.
CREATE TABLE approval_asks (
    period_key TEXT COLLATE "C" NOT NULL,
    team_id    TEXT COLLATE "C" NOT NULL,
    digest     TEXT COLLATE "C" NOT NULL,
    manager_id TEXT COLLATE "C" NOT NULL,
    asked_at   TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (period_key, team_id, digest)
);

-- Each day's reminder of a manager who has not approved, claimed here before it is sent.
CREATE TABLE approval_reminders (
    period_key  TEXT COLLATE "C" NOT NULL,
    team_id     TEXT COLLATE "C" NOT NULL,
    manager_id  TEXT COLLATE "C" NOT NULL,
    day         TEXT COLLATE "C" NOT NULL,
    reminded_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (period_key, team_id, manager_id, day)
);
