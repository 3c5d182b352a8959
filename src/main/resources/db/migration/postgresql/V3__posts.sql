-- PostgreSQL's form of db/migration/V3__posts.sql (the SQLite form). Text is COLLATE "C", so it sorts and compares by
-- code point as SQLite's text does; whole numbers are BIGINT, as wide as SQLite's INTEGER.
--
-- Schema version 3: weekly team posts (bot-config/posts.yaml), one per team and ISO week.
--
-- A post is claimed before it is sent: inserting its row fails on the primary key when another process (or an
-- earlier run, or `bonusbot announce`) has the week already, and then nothing is posted. The row is marked sent
-- once the channel has the post. A claim that was never marked sent (the process died while posting) may be taken
-- over after 15 minutes (PostLedger.STALE_AFTER), so the week is still posted.
-- Times are UTC instants written with milliseconds (2026-12-07T08:00:00.000Z), so they sort as text.

CREATE TABLE team_posts (
    team_id     TEXT COLLATE "C" NOT NULL,
    -- ISO week of the post's local date, e.g. 2026-W50.
    week        TEXT COLLATE "C" NOT NULL,
    -- The post's local date: the next post counts milestones and events from the day after it.
    post_date   TEXT COLLATE "C" NOT NULL,
    -- The scheduled moment, or the moment of a manual announce.
    occurrence  TEXT COLLATE "C" NOT NULL,
    source      TEXT COLLATE "C" NOT NULL CHECK (source IN ('schedule', 'announce')),
    state       TEXT COLLATE "C" NOT NULL CHECK (state IN ('claimed', 'sent')),
    -- Who holds the claim: a random token per claim, so only the claimant marks it sent or gives it up.
    claim_token TEXT COLLATE "C" NOT NULL,
    claimed_at  TEXT COLLATE "C" NOT NULL,
    sent_at     TEXT COLLATE "C",
    PRIMARY KEY (team_id, week)
);

CREATE INDEX team_posts_by_date ON team_posts (team_id, post_date);
