-- PostgreSQL's form of db/migration/V5__read_model.sql (the SQLite form). Text is COLLATE "C", so it sorts and compares by
-- code point as SQLite's text does; whole numbers are BIGINT, as wide as SQLite's INTEGER.
--
-- Schema version 5: the read model that answers a command without scanning deals.
--
-- deal_tallies: every closed deal with an owner, added up per owner, close month and the values plans filter on
-- (deal type, product, pipeline) and outcome. Kept in the same transaction as every write that changes deals
-- (DealUpsert, OwnerLinks), so a team's total over a quarter is the sum of a few rows per member, not a scan of
-- their deals. A value a deal lacks is stored as '' (the key columns must be NOT NULL for the upsert to find its
-- row); no filter asks for '' (DealLedger falls back to the deals themselves if one did). A person's rows go with
-- them (a deleted person's deals lose their owner too).
CREATE TABLE deal_tallies (
    owner_id     TEXT COLLATE "C"   NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    -- yyyy-MM of the close date
    month        TEXT COLLATE "C"   NOT NULL,
    deal_type    TEXT COLLATE "C"   NOT NULL,
    product_key  TEXT COLLATE "C"   NOT NULL,
    pipeline_key TEXT COLLATE "C"   NOT NULL,
    outcome      TEXT COLLATE "C"   NOT NULL CHECK (outcome IN ('won', 'lost')),
    amount_cents BIGINT NOT NULL,
    deals        BIGINT NOT NULL,
    PRIMARY KEY (owner_id, month, deal_type, product_key, pipeline_key, outcome)
);

INSERT INTO deal_tallies (owner_id, month, deal_type, product_key, pipeline_key, outcome, amount_cents, deals)
SELECT owner_id, substr(close_date, 1, 7), COALESCE(deal_type, ''), COALESCE(product_key, ''), COALESCE(pipeline_key, ''), outcome,
       SUM(amount_cents), COUNT(*)
FROM deals
WHERE owner_id IS NOT NULL AND close_date IS NOT NULL AND outcome IN ('won', 'lost')
GROUP BY owner_id, substr(close_date, 1, 7), COALESCE(deal_type, ''), COALESCE(product_key, ''), COALESCE(pipeline_key, ''), outcome;

-- Explain's and the milestones' list of an owner's won deals in a date range, read from this index alone: it holds
-- every column such a list shows, for won deals only (a partial index), in close-date order.
CREATE INDEX deals_won_by_owner ON deals (owner_id, close_date, deal_id) INCLUDE (deal_type, product_key, pipeline_key, amount_cents, outcome, name,
    stage, owner_ref, product, pipeline) WHERE outcome = 'won';

-- data_version in store_meta counts the writes to people, teams, targets and deals (imports, the config sync, owner
-- links), bumped in the same transaction: a process holding the company in memory asks for this one value before
-- an answer and reloads only when it changed.
INSERT INTO store_meta (key, value) VALUES ('data_version', '1');
