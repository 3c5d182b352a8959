-- PostgreSQL's form of db/migration/V12__enrolments.sql (the SQLite form). Text is COLLATE "C", so it sorts and compares by
-- code point as SQLite's text does; whole numbers are BIGINT, as wide as SQLite's INTEGER.
--
-- Schema version 12 (issue 13, dated enrolments; the coordinator renumbers it to 15): the dated teams of the people
-- who move between teams, from people.yaml `teams:`. A person without rows here is in people.team_id on every day;
-- a person with rows is in the team of the row whose days cover the day, and in none on a day no row covers.
-- Written whole by each config sync (imports never write it), read with the people into one directory.
CREATE TABLE team_moves (
    person_id TEXT COLLATE "C"    NOT NULL REFERENCES people (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    -- 0, 1, 2, ... in date order
    seq       BIGINT NOT NULL,
    team_id   TEXT COLLATE "C"    NOT NULL REFERENCES teams (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    -- ISO dates, both inclusive; NULL for an open end (since always, from then on)
    from_date TEXT COLLATE "C",
    to_date   TEXT COLLATE "C",
    PRIMARY KEY (person_id, seq)
);
