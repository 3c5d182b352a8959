-- Schema version 12 (issue 13, dated enrolments; the coordinator renumbers it to 15): the dated teams of the people
-- who move between teams, from people.yaml `teams:`. A person without rows here is in people.team_id on every day;
-- a person with rows is in the team of the row whose days cover the day, and in none on a day no row covers.
-- Written whole by each config sync (imports never write it), read with the people into one directory.
CREATE TABLE team_moves (
    person_id TEXT    NOT NULL REFERENCES people (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    -- 0, 1, 2, ... in date order
    seq       INTEGER NOT NULL,
    team_id   TEXT    NOT NULL REFERENCES teams (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    -- ISO dates, both inclusive; NULL for an open end (since always, from then on)
    from_date TEXT,
    to_date   TEXT,
    PRIMARY KEY (person_id, seq)
) WITHOUT ROWID;
