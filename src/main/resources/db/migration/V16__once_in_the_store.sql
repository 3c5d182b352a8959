-- Schema version 16: everything several bot processes on one store must do once is decided here (issue 14).
--
-- deliveries_seen: what a chat platform delivered lately (Slack's event ids, trigger ids and request signatures,
-- Discord's interaction ids), so a retry or replay that reaches another process is not acted on twice. A delivery is
-- claimed with one INSERT that does nothing on conflict, unless the row it meets has expired; expired rows are
-- deleted in passing. Times are UTC instants written with milliseconds, so they sort as text.
CREATE TABLE deliveries_seen (
    platform   TEXT NOT NULL,
    -- what the id is: 'event', 'command', 'signature', 'interaction', ...
    kind       TEXT NOT NULL,
    id         TEXT NOT NULL,
    seen_at    TEXT NOT NULL,
    -- after this the id counts as new again (the platform no longer repeats it)
    expires_at TEXT NOT NULL,
    PRIMARY KEY (platform, kind, id)
);
CREATE INDEX deliveries_seen_by_expiry ON deliveries_seen (expires_at);

-- team_posts: a week is claimed per team AND platform, so a week one platform posted is not missed by another. A row
-- from before has platform '*': it was posted on every platform its process had, and keeps the week for all of them.
CREATE TABLE team_posts_by_platform (
    team_id     TEXT NOT NULL,
    -- 'Slack', 'Discord', 'console', ...: the platform the claim is for; '*' for a post made before version 16
    platform    TEXT NOT NULL,
    week        TEXT NOT NULL,
    post_date   TEXT NOT NULL,
    occurrence  TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('schedule', 'announce')),
    state       TEXT NOT NULL CHECK (state IN ('claimed', 'sent')),
    claim_token TEXT NOT NULL,
    claimed_at  TEXT NOT NULL,
    sent_at     TEXT,
    PRIMARY KEY (team_id, platform, week)
);
INSERT INTO team_posts_by_platform (team_id, platform, week, post_date, occurrence, source, state, claim_token, claimed_at, sent_at)
SELECT team_id, '*', week, post_date, occurrence, source, state, claim_token, claimed_at, sent_at FROM team_posts;
DROP TABLE team_posts;
ALTER TABLE team_posts_by_platform RENAME TO team_posts;
CREATE INDEX team_posts_by_date ON team_posts (team_id, post_date);

-- leases: work only one process may do at a time (the HubSpot sync). The holder renews its lease while it works; when
-- it dies the lease runs out and another process takes it over.
CREATE TABLE leases (
    name     TEXT NOT NULL PRIMARY KEY,
    holder   TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    held_until    TEXT NOT NULL
);
