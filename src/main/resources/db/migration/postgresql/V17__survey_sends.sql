-- PostgreSQL's form of db/migration/V17__survey_sends.sql (the SQLite form, which explains the table and its anonymity).
-- Text is COLLATE "C", so it sorts and compares by code point as SQLite's text does; row order is not exposed here.
CREATE TABLE survey_sends (
    run_id    BIGINT NOT NULL REFERENCES survey_runs (id) ON DELETE CASCADE,
    step      TEXT COLLATE "C" NOT NULL CHECK (step IN ('delivered', 'reminded')),
    recipient TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (run_id, step, recipient)
);
