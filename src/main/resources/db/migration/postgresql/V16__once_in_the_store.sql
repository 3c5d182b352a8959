-- PostgreSQL's form of db/migration/V16__once_in_the_store.sql (the SQLite form). Text is COLLATE "C", so it sorts and
-- compares by code point as SQLite's text does.
--
-- Schema version 16: everything several bot processes on one store must do once is decided here (issue 14).
--
-- deliveries_seen: what a chat platform delivered lately (Slack's event ids, trigger ids and request signatures,
-- Discord's interaction ids), so a retry or replay that reaches another process is not acted on twice. A delivery is
-- claimed with one INSERT that does nothing on conflict, unless the row it meets has expired; expired rows are
-- deleted in passing. Times are UTC instants written with milliseconds, so they sort as text.
CREATE TABLE deliveries_seen (
    platform   TEXT COLLATE "C" NOT NULL,
    -- what the id is: 'event', 'command', 'signature', 'interaction', ...
    kind       TEXT COLLATE "C" NOT NULL,
    id         TEXT COLLATE "C" NOT NULL,
    seen_at    TEXT COLLATE "C" NOT NULL,
    -- after this the id counts as new again (the platform no longer repeats it)
    expires_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (platform, kind, id)
);
CREATE INDEX deliveries_seen_by_expiry ON deliveries_seen (expires_at);

-- team_posts: a week is claimed per team AND platform, so a week one platform posted is not missed by another. A row
-- from before has platform '*': it was posted on every platform its process had, and keeps the week for all of them.
ALTER TABLE team_posts ADD COLUMN platform TEXT COLLATE "C" NOT NULL DEFAULT '*';
ALTER TABLE team_posts DROP CONSTRAINT team_posts_pkey;
ALTER TABLE team_posts ADD PRIMARY KEY (team_id, platform, week);
ALTER TABLE team_posts ALTER COLUMN platform DROP DEFAULT;

-- leases: work only one process may do at a time (the HubSpot sync). The holder renews its lease while it works; when
-- it dies the lease runs out and another process takes it over.
CREATE TABLE leases (
    name     TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    holder   TEXT COLLATE "C" NOT NULL,
    taken_at TEXT COLLATE "C" NOT NULL,
    held_until    TEXT COLLATE "C" NOT NULL
);
