-- PostgreSQL's form of db/migration/V18__pending_answers.sql (the SQLite form). Text is COLLATE "C", so it sorts and
-- compares by code point as SQLite's text does.
--
-- Schema version 18: an answer a bot process owes survives the process (issue 14, "killing one replica mid-stream
-- loses no answer that was acked").
--
-- pending_answers: a command the platform was told "got it" (Slack's ack) whose answer has not gone out yet. A row is
-- written in the same transaction as the command's delivery claim in deliveries_seen, before the ack, and deleted
-- once the answer is delivered. While its holder's 'replica <holder>' lease in leases is valid the holder answers it;
-- when that lease has run out (the process died) another process takes the row over with one UPDATE on the holder it
-- read, so exactly one does, and answers through the response URL. Times are UTC instants with milliseconds.
CREATE TABLE pending_answers (
    platform     TEXT COLLATE "C" NOT NULL,
    -- the platform's id of the delivery (Slack's trigger id), as claimed in deliveries_seen
    delivery_id  TEXT COLLATE "C" NOT NULL,
    user_id      TEXT COLLATE "C" NOT NULL,
    command_text TEXT COLLATE "C" NOT NULL,
    -- where the answer goes (Slack's response_url: 30 minutes, 5 posts)
    response_url TEXT COLLATE "C" NOT NULL,
    created_at   TEXT COLLATE "C" NOT NULL,
    holder       TEXT COLLATE "C" NOT NULL,
    -- how often a process took it over from a holder that died; a command that kills every process answering it stops
    taken_over   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (platform, delivery_id)
);
CREATE INDEX pending_answers_by_holder ON pending_answers (holder);
