-- PostgreSQL's form of db/migration/V7__crm_sync.sql (the SQLite form). Text is COLLATE "C", so it sorts and compares by
-- code point as SQLite's text does; whole numbers are BIGINT, as wide as SQLite's INTEGER.
--
-- Schema version 7: where the sync with a CRM (HubSpot) stands. (Version 6 is the exchange rates of issue 12.)
--
-- One row per CRM. The cursor is written in the same transaction as the deals of the page it covers, so a process
-- killed at any point resumes where the last committed page ended: nothing lost, nothing applied twice.
-- Times are UTC instants as text; modified times are HubSpot's epoch milliseconds.
CREATE TABLE crm_sync (
    source          TEXT COLLATE "C"   NOT NULL PRIMARY KEY,
    -- 'full' while the first (or a --full) read of every deal is under way, then 'incremental'
    phase           TEXT COLLATE "C"   NOT NULL CHECK (phase IN ('full', 'incremental')),
    -- full: the paging token of the next page to read; NULL for the first page
    full_after      TEXT COLLATE "C",
    -- full: where the incremental passes start once the full read is done
    full_anchor_ms  BIGINT,
    -- incremental: the last modified time applied, and the greatest deal id applied at exactly that time
    modified_ms     BIGINT,
    last_id         TEXT COLLATE "C",
    portal          TEXT COLLATE "C",
    last_success_at TEXT COLLATE "C",
    last_error      TEXT COLLATE "C",
    -- the start of the current run of failed passes; NULL after a success
    failing_since   TEXT COLLATE "C",
    daily_limit     BIGINT,
    daily_remaining BIGINT,
    headroom_at     TEXT COLLATE "C"
);
