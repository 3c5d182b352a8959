-- PostgreSQL's form of db/migration/V2__surveys.sql (the SQLite form). Text is COLLATE "C", so it sorts and compares by
-- code point as SQLite's text does; whole numbers are BIGINT, as wide as SQLite's INTEGER.
--
-- Schema version 2: feedback surveys on the bonus plan (bot-config/surveys.yaml).
--
-- Anonymity is the point of these tables:
-- * No answer row holds a person id, name, e-mail or chat id. Answers are stored under a respondent code, the
--   HMAC-SHA256 of the person id and the round id keyed with a secret that is not in this database
--   (BONUSBOT_SURVEY_KEY, or a key file next to the database). The code lets one person have one answer per round,
--   changeable until it closes, and differs from round to round, so rounds cannot be linked to each other.
-- * No time per answer: only the round's own times. Answers could otherwise be matched to delivery times.
-- * On SQLite survey_answers is WITHOUT ROWID, so rows are kept in respondent-code order; PostgreSQL exposes no
--   row order of its own.
-- * The only thing kept about a respondent is the group (team id) their answers count in, for group results.
-- * Nothing records who has answered: reminders work out each audience member's code and look for it.

CREATE TABLE survey_runs (
    id         BIGINT NOT NULL PRIMARY KEY,
    survey_id  TEXT COLLATE "C"    NOT NULL,
    -- The schedule occurrence the round was opened for (local date-time), or 'manual <instant>'. Unique per survey:
    -- inserting the row is how a process claims the occurrence, so a round is never opened twice.
    occurrence TEXT COLLATE "C"    NOT NULL,
    opens_at   TEXT COLLATE "C"    NOT NULL,
    closes_at  TEXT COLLATE "C"    NOT NULL,
    closed_at  TEXT COLLATE "C",
    UNIQUE (survey_id, occurrence)
);

-- How many people each round was for, per group (team id; '' for people without a team), as of opening.
CREATE TABLE survey_run_audience (
    run_id    BIGINT NOT NULL REFERENCES survey_runs (id) ON DELETE CASCADE,
    group_key TEXT COLLATE "C"    NOT NULL,
    members   BIGINT NOT NULL CHECK (members > 0),
    PRIMARY KEY (run_id, group_key)
);

-- Steps of a round claimed by one process before it acts, so each happens once.
CREATE TABLE survey_run_steps (
    run_id     BIGINT NOT NULL REFERENCES survey_runs (id) ON DELETE CASCADE,
    step       TEXT COLLATE "C"    NOT NULL CHECK (step IN ('delivered', 'reminded')),
    claimed_at TEXT COLLATE "C"    NOT NULL,
    PRIMARY KEY (run_id, step)
);

CREATE TABLE survey_answers (
    run_id      BIGINT NOT NULL REFERENCES survey_runs (id) ON DELETE CASCADE,
    respondent  TEXT COLLATE "C"    NOT NULL,
    group_key   TEXT COLLATE "C"    NOT NULL,
    question_id TEXT COLLATE "C"    NOT NULL,
    answer      TEXT COLLATE "C"    NOT NULL,
    PRIMARY KEY (run_id, respondent, question_id)
);
