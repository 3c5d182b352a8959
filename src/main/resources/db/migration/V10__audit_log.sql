-- Schema version 10: the audit log of issue 13. Every import, sync change, close, reopen, approval, adjustment and
-- dispute step is a row: who, when, what, and the state before and after. Rows are only ever added; the triggers
-- refuse an UPDATE or DELETE, so not even a hand-run SQL statement rewrites what happened.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    -- UTC instant as text (2026-10-01T09:41:00.000Z), so rows sort and compare as text
    at          TEXT    NOT NULL,
    -- a person id from people.yaml, 'cli' for the command line without --by, 'import', 'hubspot'
    actor       TEXT    NOT NULL,
    -- what happened: import, deal_changed, close, reopen, approve, adjust, clawback, top_up, dispute_opened, ...
    action      TEXT    NOT NULL,
    -- the person the entry is about, when it is about one
    person_id   TEXT,
    -- the period the entry is about, as Period.key() (2026-Q3, FY2027-Q1)
    period_key  TEXT,
    -- the thing acted on: a deal id, a case number, an import's file name
    subject     TEXT,
    before      TEXT,
    after       TEXT,
    -- free text: a reason, an answer, a summary of counts
    detail      TEXT
);
CREATE INDEX audit_log_by_person ON audit_log (person_id, id);
CREATE INDEX audit_log_by_period ON audit_log (period_key, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
