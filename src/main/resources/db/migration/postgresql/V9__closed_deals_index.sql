-- PostgreSQL's form of db/migration/V9__closed_deals_index.sql (the SQLite form). Text is COLLATE "C", so it sorts and compares by
-- code point as SQLite's text does; whole numbers are BIGINT, as wide as SQLite's INTEGER.
--
-- Schema version 9: the covering index of an owner's deals holds the lost ones too. An answer reads a seller's closed
-- deals (won and lost) once for all their plans; with only the won ones in the covering index, every one of those rows
-- was a look-up in the table, a page of its own at a million deals. Lists of won deals use the same index (their
-- queries repeat its WHERE terms, which is how SQLite knows a partial index covers them).
DROP INDEX deals_won_by_owner;
CREATE INDEX deals_closed_by_owner ON deals (owner_id, close_date, deal_id) INCLUDE (deal_type, product_key, pipeline_key, amount_cents, outcome, name,
    stage, owner_ref, product, pipeline, currency, original_amount, exchange_rate, held) WHERE outcome IN ('won', 'lost') AND held = 0;
