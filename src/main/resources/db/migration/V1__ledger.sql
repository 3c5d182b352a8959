-- Schema version 1: the directory (teams, people, targets), the deal ledger with its history, the import log
-- and the chat identity cache.
--
-- Kept to the SQL that SQLite and PostgreSQL share, so that a later PostgreSQL store can run the same file:
-- dates are ISO text (yyyy-MM-dd, timestamps as UTC instants), money is integer cents or exact decimal text,
-- ids are assigned by the application rather than by SQLite's rowid.

CREATE TABLE teams (
    id         TEXT NOT NULL PRIMARY KEY,
    name       TEXT NOT NULL,
    -- No foreign key: teams and people would reference each other, which PostgreSQL cannot create in one pass
    -- without ALTER TABLE ... ADD CONSTRAINT, and SQLite has no such statement. The config check validates it.
    manager_id TEXT,
    source     TEXT NOT NULL CHECK (source IN ('config', 'import'))
);

CREATE TABLE people (
    id         TEXT NOT NULL PRIMARY KEY,
    name       TEXT NOT NULL,
    email      TEXT,
    team_id    TEXT REFERENCES teams (id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    hire_date  TEXT,
    leave_date TEXT,
    language   TEXT,
    slack_id   TEXT,
    discord_id TEXT,
    source     TEXT NOT NULL CHECK (source IN ('config', 'import'))
);

CREATE TABLE targets (
    owner_kind   TEXT NOT NULL CHECK (owner_kind IN ('person', 'team')),
    owner_id     TEXT NOT NULL,
    plan_id      TEXT NOT NULL,
    period_key   TEXT NOT NULL,
    target       TEXT,
    target_bonus TEXT,
    source       TEXT NOT NULL CHECK (source IN ('config', 'import')),
    PRIMARY KEY (owner_kind, owner_id, plan_id, period_key)
);

CREATE TABLE imports (
    id          INTEGER NOT NULL PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('deals', 'people', 'targets')),
    file_name   TEXT    NOT NULL,
    started_at  TEXT    NOT NULL,
    finished_at TEXT,
    inserted    INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE deals (
    deal_id       TEXT    NOT NULL PRIMARY KEY,
    name          TEXT,
    amount_cents  BIGINT  NOT NULL,
    close_date    TEXT,
    stage         TEXT,
    outcome       TEXT    NOT NULL CHECK (outcome IN ('won', 'lost', 'open')),
    owner_ref     TEXT,
    owner_id      TEXT REFERENCES people (id) ON DELETE SET NULL,
    deal_type     TEXT,
    product       TEXT,
    product_key   TEXT,
    pipeline      TEXT,
    pipeline_key  TEXT,
    version       INTEGER NOT NULL,
    first_seen_at TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

CREATE INDEX deals_owner_close ON deals (owner_id, close_date);
CREATE INDEX deals_owner_ref ON deals (owner_ref);

CREATE TABLE deal_history (
    deal_id         TEXT    NOT NULL REFERENCES deals (deal_id) ON DELETE CASCADE,
    version         INTEGER NOT NULL,
    changed_at      TEXT    NOT NULL,
    import_id       INTEGER REFERENCES imports (id),
    -- JSON object: each field that changed, with the value it had in this version.
    previous_values TEXT    NOT NULL,
    PRIMARY KEY (deal_id, version)
);

CREATE TABLE chat_identities (
    platform     TEXT NOT NULL,
    chat_user_id TEXT NOT NULL,
    person_id    TEXT REFERENCES people (id) ON DELETE CASCADE,
    email        TEXT,
    resolved_at  TEXT NOT NULL,
    PRIMARY KEY (platform, chat_user_id)
);
