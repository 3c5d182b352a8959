package app.bonusbot.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * One import of deals inside an open transaction. Works in chunks: one query fetches the chunk's existing rows,
 * then batched statements write what changed, so a file of many thousand deals costs a few hundred statements. The
 * owners' tallies ({@link DealTallies}) change with the deals, in the same transaction.
 */
final class DealUpsert {

    private static final int CHUNK = 400;

    private final Handle h;
    private final Instant now;
    private int inserted;
    private int updated;
    private int unchanged;
    private final DealTallies tallies = new DealTallies();

    DealUpsert(Handle h, Instant now) {
        this.h = h;
        this.now = now;
    }

    /** @param importId the import's row in the imports table, which the caller writes and finishes */
    UpsertCounts run(long importId, List<LedgerDeal> deals, LongConsumer rowsDone) {
        for (int start = 0; start < deals.size(); start += CHUNK) {
            List<LedgerDeal> chunk = deals.subList(start, Math.min(deals.size(), start + CHUNK));
            writeChunk(chunk, importId);
            rowsDone.accept(start + chunk.size());
        }
        tallies.apply(h);
        return new UpsertCounts(importId, inserted, updated, unchanged, 0);
    }

    static void requireDistinctIds(List<LedgerDeal> deals) {
        Set<String> seen = new HashSet<>();
        for (LedgerDeal d : deals) {
            if (!seen.add(d.deal().id())) {
                throw new IllegalArgumentException("deal " + d.deal().id() + " appears twice in one import");
            }
        }
    }

    private void writeChunk(List<LedgerDeal> chunk, long importId) {
        Map<String, StoredDeal> existing = existing(chunk);
        PreparedBatch inserts = h.prepareBatch("INSERT INTO deals (" + DealRow.COLUMNS + """
                , product_key, pipeline_key, version, first_seen_at, updated_at)
                VALUES (:dealId, :name, :amountCents, :closeDate, :stage, :outcome, :ownerRef, :ownerId, :dealType, :product, :pipeline,
                        :productKey, :pipelineKey, 1, :now, :now)""");
        PreparedBatch updates = h.prepareBatch("""
                UPDATE deals SET name = :name, amount_cents = :amountCents, close_date = :closeDate, stage = :stage, outcome = :outcome,
                    owner_ref = :ownerRef, owner_id = :ownerId, deal_type = :dealType, product = :product, pipeline = :pipeline,
                    product_key = :productKey, pipeline_key = :pipelineKey, version = :version, updated_at = :now
                WHERE deal_id = :dealId""");
        PreparedBatch history = h.prepareBatch("""
                INSERT INTO deal_history (deal_id, version, changed_at, import_id, previous_values)
                VALUES (:dealId, :version, :now, :importId, :previousValues)""");
        PreparedBatch links = h.prepareBatch("UPDATE deals SET owner_id = :ownerId WHERE deal_id = :dealId");
        for (LedgerDeal entry : chunk) {
            DealRow incoming = DealRow.of(entry);
            StoredDeal old = existing.get(incoming.dealId());
            DealRow next = old == null ? incoming : old.keepLinkIfSameOwner(incoming);
            if (old == null) {
                tallies.add(h, next);
                bindRow(inserts, next).add();
                inserted++;
                continue;
            }
            Map<String, String> previous = old.row().previousValuesOfChangedFields(next);
            if (previous.isEmpty()) {
                unchanged++;
                // The CRM data is the same; only the directory may now name an owner it did not before.
                if (!Objects.equals(old.row().ownerId(), next.ownerId())) {
                    tallies.remove(h, old.row());
                    tallies.add(h, next);
                    links.bind("ownerId", next.ownerId()).bind("dealId", next.dealId()).add();
                }
                continue;
            }
            history.bind("dealId", next.dealId())
                    .bind("version", old.version())
                    .bind("now", now.toString())
                    .bind("importId", importId)
                    .bind("previousValues", DealLedger.toJson(previous))
                    .add();
            tallies.remove(h, old.row());
            tallies.add(h, next);
            bindRow(updates, next).bind("version", old.version() + 1).add();
            updated++;
        }
        for (PreparedBatch batch : List.of(history, inserts, updates, links)) {
            if (batch.size() > 0) {
                batch.execute();
            }
        }
    }

    private PreparedBatch bindRow(PreparedBatch batch, DealRow row) {
        return batch.bind("dealId", row.dealId())
                .bind("name", row.name())
                .bind("amountCents", row.amountCents())
                .bind("closeDate", row.closeDate())
                .bind("stage", row.stage())
                .bind("outcome", row.outcome())
                .bind("ownerRef", row.ownerRef())
                .bind("ownerId", row.ownerId())
                .bind("dealType", row.dealType())
                .bind("product", row.product())
                .bind("pipeline", row.pipeline())
                .bind("productKey", row.productKey())
                .bind("pipelineKey", row.pipelineKey())
                .bind("now", now.toString());
    }

    private Map<String, StoredDeal> existing(List<LedgerDeal> chunk) {
        StringBuilder in = new StringBuilder();
        Map<String, Object> ids = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            in.append(i == 0 ? ":id" : ", :id").append(i);
            ids.put("id" + i, chunk.get(i).deal().id());
        }
        Map<String, StoredDeal> rows = new HashMap<>();
        h.createQuery("SELECT " + DealRow.COLUMNS + ", version FROM deals WHERE deal_id IN (" + in + ")")
                .bindMap(ids)
                .map((rs, ctx) -> new StoredDeal(DealRow.read(rs), rs.getInt("version")))
                .forEach(s -> rows.put(s.row().dealId(), s));
        return rows;
    }

    private record StoredDeal(DealRow row, int version) {

        /** A deal whose owner reference did not change keeps its link even if the directory no longer names it. */
        DealRow keepLinkIfSameOwner(DealRow incoming) {
            if (incoming.ownerId() == null && row.ownerId() != null && Objects.equals(row.ownerRef(), incoming.ownerRef())) {
                return incoming.withOwnerId(row.ownerId());
            }
            return incoming;
        }
    }
}
