-- Schema version 17: a survey round and its reminder are claimed per person, so that several bot processes, each on the
-- chat platforms it has (a Slack-only one beside a Discord-only one), each send to the people they reach, and nobody
-- gets the round or a reminder twice, across processes and restarts (issue 14).
--
-- Anonymity (see V2__surveys.sql) is kept:
-- * recipient is not a person id and not the respondent code answers are stored under: it is an HMAC of the person id,
--   the round and the step, keyed with the survey key that is not in this database, under a purpose of its own. Without
--   the key it names nobody; the codes of one person's delivery, reminder and answers cannot be matched to each other.
-- * No time is kept, and the table is WITHOUT ROWID, so rows sit in code order, not in the order they were sent.
-- * The rows go when the round closes: they are needed only while it can still be sent.
-- Rounds delivered (or reminded) before this version keep their one 'delivered' ('reminded') row in survey_run_steps,
-- which still means the step is done for everyone.
CREATE TABLE survey_sends (
    run_id    INTEGER NOT NULL REFERENCES survey_runs (id) ON DELETE CASCADE,
    step      TEXT    NOT NULL CHECK (step IN ('delivered', 'reminded')),
    recipient TEXT    NOT NULL,
    PRIMARY KEY (run_id, step, recipient)
) WITHOUT ROWID;
