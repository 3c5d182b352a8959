package app.bonusbot.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Keeps the deal_tallies table (migration V5) equal to the sums of the deals it stands for, inside the transaction of
 * the write that changes deals. A write records each deal row it removes and each it adds; {@link #apply} then
 * upserts one row per changed key, so an import of many deals of few sellers costs few statements.
 */
final class DealTallies {

    /** Changed keys held before they are written, so that an import of a million deals holds bounded memory. */
    private static final int FLUSH_AT = 20_000;

    private final Map<Key, long[]> changes = new HashMap<>();

    /** A tally row's key; values a deal lacks are '' (see V5__read_model.sql). */
    record Key(String ownerId, String month, String dealType, String productKey, String pipelineKey, String outcome) {

        /** The table's primary-key order: rows written in it land next to each other in the B-tree. */
        static final Comparator<Key> STORED_ORDER = Comparator.comparing(Key::ownerId)
                .thenComparing(Key::month)
                .thenComparing(Key::dealType)
                .thenComparing(Key::productKey)
                .thenComparing(Key::pipelineKey)
                .thenComparing(Key::outcome);
    }

    /** The deal row now counts, if it is closed (won or lost), dated, owned and not held back for want of a rate. */
    void add(Handle h, DealRow row) {
        change(h, row, 1);
    }

    /** The deal row no longer counts as it did. */
    void remove(Handle h, DealRow row) {
        change(h, row, -1);
    }

    private void change(Handle h, DealRow row, int sign) {
        if (row.held() || row.ownerId() == null || row.closeDate() == null || !("won".equals(row.outcome()) || "lost".equals(row.outcome()))) {
            return;
        }
        Key key = new Key(row.ownerId(), row.closeDate().substring(0, 7), blank(row.dealType()), blank(row.productKey()), blank(row.pipelineKey()),
                row.outcome());
        long[] sums = changes.computeIfAbsent(key, k -> new long[2]);
        sums[0] += sign * row.amountCents();
        sums[1] += sign;
        if (changes.size() >= FLUSH_AT) {
            apply(h);
        }
    }

    /** Writes the changes recorded so far; a row whose deals all went is deleted. */
    void apply(Handle h) {
        if (changes.isEmpty()) {
            return;
        }
        PreparedBatch upserts = h.prepareBatch("""
                INSERT INTO deal_tallies (owner_id, month, deal_type, product_key, pipeline_key, outcome, amount_cents, deals)
                VALUES (:ownerId, :month, :dealType, :productKey, :pipelineKey, :outcome, :amountCents, :deals)
                ON CONFLICT (owner_id, month, deal_type, product_key, pipeline_key, outcome) DO UPDATE SET
                    amount_cents = deal_tallies.amount_cents + excluded.amount_cents, deals = deal_tallies.deals + excluded.deals""");
        PreparedBatch emptied = h.prepareBatch("""
                DELETE FROM deal_tallies WHERE owner_id = :ownerId AND month = :month AND deal_type = :dealType AND product_key = :productKey
                    AND pipeline_key = :pipelineKey AND outcome = :outcome AND deals = 0""");
        List<Map.Entry<Key, long[]>> inOrder = new ArrayList<>(changes.entrySet());
        inOrder.sort(Map.Entry.comparingByKey(Key.STORED_ORDER));
        for (Map.Entry<Key, long[]> change : inOrder) {
            Key key = change.getKey();
            long[] sums = change.getValue();
            if (sums[0] == 0 && sums[1] == 0) {
                continue;
            }
            bind(upserts, key).bind("amountCents", sums[0]).bind("deals", sums[1]).add();
            if (sums[1] < 0) {
                bind(emptied, key).add();
            }
        }
        if (upserts.size() > 0) {
            upserts.execute();
        }
        if (emptied.size() > 0) {
            emptied.execute();
        }
        changes.clear();
    }

    private static PreparedBatch bind(PreparedBatch batch, Key key) {
        return batch.bind("ownerId", key.ownerId())
                .bind("month", key.month())
                .bind("dealType", key.dealType())
                .bind("productKey", key.productKey())
                .bind("pipelineKey", key.pipelineKey())
                .bind("outcome", key.outcome());
    }

    /**
     * Adds the closed deals with this owner reference and no owner yet to the owner's tallies: called just before
     * {@link OwnerLinks} links them, in its transaction.
     */
    static void addUnowned(Handle h, String ownerRef, String ownerId) {
        h.createUpdate("""
                        INSERT INTO deal_tallies (owner_id, month, deal_type, product_key, pipeline_key, outcome, amount_cents, deals)
                        SELECT :owner, substr(close_date, 1, 7), COALESCE(deal_type, ''), COALESCE(product_key, ''), COALESCE(pipeline_key, ''),
                               outcome, SUM(amount_cents), COUNT(*)
                        FROM deals
                        WHERE owner_ref = :ref AND owner_id IS NULL AND close_date IS NOT NULL AND outcome IN ('won', 'lost') AND held = 0
                        GROUP BY substr(close_date, 1, 7), COALESCE(deal_type, ''), COALESCE(product_key, ''), COALESCE(pipeline_key, ''), outcome
                        ON CONFLICT (owner_id, month, deal_type, product_key, pipeline_key, outcome) DO UPDATE SET
                            amount_cents = deal_tallies.amount_cents + excluded.amount_cents, deals = deal_tallies.deals + excluded.deals""")
                .bind("owner", ownerId)
                .bind("ref", ownerRef)
                .execute();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
