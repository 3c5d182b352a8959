-- PostgreSQL's form of db/migration/V4__writers.sql (the SQLite form). Text is COLLATE "C", so it sorts and compares by
-- code point as SQLite's text does; whole numbers are BIGINT, as wide as SQLite's INTEGER.
--
-- Schema version 4: sharing the database between processes.
--
-- writers: a process about to write for long (an import) names itself here in a short transaction of its own before
-- it takes SQLite's write lock for its real work, and removes its row after. A writer that has to wait reads this
-- table (a read never waits) to say whom it waits for. A row whose process is gone is stale: it names nobody and the
-- next writer to name itself removes it (Writer.isStale).
CREATE TABLE writers (
    token      TEXT COLLATE "C"    NOT NULL PRIMARY KEY,
    what       TEXT COLLATE "C"    NOT NULL,
    pid        BIGINT  NOT NULL,
    host       TEXT COLLATE "C"    NOT NULL,
    -- The real instant (never the --today clock), so that age means age.
    started_at TEXT COLLATE "C"    NOT NULL
);

-- Small facts about the database itself, e.g. the hash of the configuration last written into it
-- (config_hash), so that a start with an unchanged bot-config/ writes nothing.
CREATE TABLE store_meta (
    key   TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);

-- Each import carries a token chosen before its transaction, so that an import whose commit reported an error can
-- look up whether its rows are in after all.
ALTER TABLE imports ADD COLUMN token TEXT COLLATE "C";
