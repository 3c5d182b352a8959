-- PostgreSQL's form of db/migration/V1__ledger.sql (the SQLite form). Text is COLLATE "C", so it sorts and compares by
-- code point as SQLite's text does; whole numbers are BIGINT, as wide as SQLite's INTEGER.
--
-- Schema version 1: the directory (teams, people, targets), the deal ledger with its history, the import log
-- and the chat identity cache.
--
-- Dates are ISO text (yyyy-MM-dd, timestamps as UTC instants), money is integer cents or exact decimal text,
-- ids are assigned by the application.

CREATE TABLE teams (
    id         TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    name       TEXT COLLATE "C" NOT NULL,
    -- No foreign key, as in SQLite: teams and people would reference each other. The config check validates it.
    manager_id TEXT COLLATE "C",
    source     TEXT COLLATE "C" NOT NULL CHECK (source IN ('config', 'import'))
);

CREATE TABLE people (
    id         TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    name       TEXT COLLATE "C" NOT NULL,
    email      TEXT COLLATE "C",
    team_id    TEXT COLLATE "C" REFERENCES teams (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    hire_date  TEXT COLLATE "C",
    leave_date TEXT COLLATE "C",
    language   TEXT COLLATE "C",
    slack_id   TEXT COLLATE "C",
    discord_id TEXT COLLATE "C",
    source     TEXT COLLATE "C" NOT NULL CHECK (source IN ('config', 'import'))
);

CREATE TABLE targets (
    owner_kind   TEXT COLLATE "C" NOT NULL CHECK (owner_kind IN ('person', 'team')),
    owner_id     TEXT COLLATE "C" NOT NULL,
    plan_id      TEXT COLLATE "C" NOT NULL,
    period_key   TEXT COLLATE "C" NOT NULL,
    target       TEXT COLLATE "C",
    target_bonus TEXT COLLATE "C",
    source       TEXT COLLATE "C" NOT NULL CHECK (source IN ('config', 'import')),
    PRIMARY KEY (owner_kind, owner_id, plan_id, period_key)
);

CREATE TABLE imports (
    id          BIGINT NOT NULL PRIMARY KEY,
    kind        TEXT COLLATE "C"    NOT NULL CHECK (kind IN ('deals', 'people', 'targets')),
    file_name   TEXT COLLATE "C"    NOT NULL,
    started_at  TEXT COLLATE "C"    NOT NULL,
    finished_at TEXT COLLATE "C",
    inserted    BIGINT NOT NULL DEFAULT 0,
    updated     BIGINT NOT NULL DEFAULT 0,
    unchanged   BIGINT NOT NULL DEFAULT 0,
    rejected    BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE deals (
    deal_id       TEXT COLLATE "C"    NOT NULL PRIMARY KEY,
    name          TEXT COLLATE "C",
    amount_cents  BIGINT  NOT NULL,
    close_date    TEXT COLLATE "C",
    stage         TEXT COLLATE "C",
    outcome       TEXT COLLATE "C"    NOT NULL CHECK (outcome IN ('won', 'lost', 'open')),
    owner_ref     TEXT COLLATE "C",
    owner_id      TEXT COLLATE "C" REFERENCES people (id) ON DELETE SET NULL,
    deal_type     TEXT COLLATE "C",
    product       TEXT COLLATE "C",
    product_key   TEXT COLLATE "C",
    pipeline      TEXT COLLATE "C",
    pipeline_key  TEXT COLLATE "C",
    version       BIGINT NOT NULL,
    first_seen_at TEXT COLLATE "C"    NOT NULL,
    updated_at    TEXT COLLATE "C"    NOT NULL
);

CREATE INDEX deals_owner_close ON deals (owner_id, close_date);
CREATE INDEX deals_owner_ref ON deals (owner_ref);

CREATE TABLE deal_history (
    deal_id         TEXT COLLATE "C"    NOT NULL REFERENCES deals (deal_id) ON DELETE CASCADE,
    version         BIGINT NOT NULL,
    changed_at      TEXT COLLATE "C"    NOT NULL,
    import_id       BIGINT REFERENCES imports (id),
    -- JSON object: each field that changed, with the value it had in this version.
    previous_values TEXT COLLATE "C"    NOT NULL,
    PRIMARY KEY (deal_id, version)
);

CREATE TABLE chat_identities (
    platform     TEXT COLLATE "C" NOT NULL,
    chat_user_id TEXT COLLATE "C" NOT NULL,
    person_id    TEXT COLLATE "C" REFERENCES people (id) ON DELETE CASCADE,
    email        TEXT COLLATE "C",
    resolved_at  TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (platform, chat_user_id)
);
