-- PostgreSQL's form of db/migration/V6__currencies.sql (the SQLite form). Text is COLLATE "C", so it sorts and compares by
-- code point as SQLite's text does; whole numbers are BIGINT, as wide as SQLite's INTEGER.
--
-- Schema version 6: deals in other currencies than the company's (settings.yaml currency and exchange_rates).
--
-- amount_cents stays the amount in the company currency, the one every sum reads. A deal the CRM gave in another
-- currency also keeps that amount and currency, and the rate it was converted at (the rate of its close date), so
-- explain can show both. Without a rate the deal is held back: stored with amount_cents 0 and held = 1, in no tally
-- and no list, until settings.yaml has its rate; the config sync then converts it (no re-import needed), and
-- converts every foreign deal again when a rate changes.
ALTER TABLE deals ADD COLUMN currency TEXT COLLATE "C";
ALTER TABLE deals ADD COLUMN original_amount TEXT COLLATE "C";
ALTER TABLE deals ADD COLUMN exchange_rate TEXT COLLATE "C";
ALTER TABLE deals ADD COLUMN held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1));

CREATE INDEX deals_foreign ON deals (currency) WHERE currency IS NOT NULL;

-- Explain's list of won deals, still read from the index alone: it now holds the original amounts too, and only
-- the deals that count.
DROP INDEX deals_won_by_owner;
CREATE INDEX deals_won_by_owner ON deals (owner_id, close_date, deal_id) INCLUDE (deal_type, product_key, pipeline_key, amount_cents, outcome, name,
    stage, owner_ref, product, pipeline, currency, original_amount, exchange_rate, held) WHERE outcome = 'won' AND held = 0;
