-- Schema version 8: deal_tallies keeps its rows in its primary key's own order (WITHOUT ROWID). As a rowid table it
-- was two B-trees, the rows and the key's index, both written for every tally an import changes (at a million deals
-- about as many tally rows as deals) and both read by an answer; now it is one, and an owner's rows lie together.
CREATE TABLE deal_tallies_by_key (
    owner_id     TEXT   NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    month        TEXT   NOT NULL,
    deal_type    TEXT   NOT NULL,
    product_key  TEXT   NOT NULL,
    pipeline_key TEXT   NOT NULL,
    outcome      TEXT   NOT NULL CHECK (outcome IN ('won', 'lost')),
    amount_cents BIGINT NOT NULL,
    deals        BIGINT NOT NULL,
    PRIMARY KEY (owner_id, month, deal_type, product_key, pipeline_key, outcome)
) WITHOUT ROWID;

INSERT INTO deal_tallies_by_key (owner_id, month, deal_type, product_key, pipeline_key, outcome, amount_cents, deals)
SELECT owner_id, month, deal_type, product_key, pipeline_key, outcome, amount_cents, deals FROM deal_tallies;

DROP TABLE deal_tallies;
ALTER TABLE deal_tallies_by_key RENAME TO deal_tallies;
