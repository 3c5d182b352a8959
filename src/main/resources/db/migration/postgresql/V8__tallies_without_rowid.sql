-- PostgreSQL's form of db/migration/V8__tallies_without_rowid.sql (the SQLite form).
--
-- Schema version 8 made SQLite's deal_tallies one B-tree in its primary key's order (WITHOUT ROWID) instead of a rowid
-- table plus the key's index. PostgreSQL has no such table kind: its table is a heap and the primary key an index of
-- its own, which version 5 created already. Nothing changes; the version is recorded so that both stores count the
-- same versions.
SELECT 1;
