package app.bonusbot.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;

/**
 * One import of deals inside an open transaction. Works in chunks: one query fetches the chunk's existing rows,
 * then batched statements write what changed. The statements are prepared once per import and bound by position:
 * at a million rows, preparing per chunk and binding by name cost more than SQLite's own work. A chunk whose ids all
 * lie outside the ledger's range of ids (always so for an empty ledger) cannot match a stored deal and is not looked
 * up at all.
 *
 * <p>Each kind of write has one method ({@link #insert}, {@link #update}, {@link #link}), the place to keep anything
 * derived from a deal in step with it: the owners' tallies ({@link DealTallies}) change with the deals there, in the
 * same transaction.
 */
final class DealUpsert implements AutoCloseable {

    private static final int CHUNK = 400;
    private static final int CACHE_KIB = 64 * 1024;

    private static final String INSERT = "INSERT INTO deals (" + DealRow.COLUMNS + """
            , product_key, pipeline_key, version, first_seen_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""";
    private static final String UPDATE = """
            UPDATE deals SET name = ?, amount_cents = ?, close_date = ?, stage = ?, outcome = ?, owner_ref = ?, owner_id = ?, deal_type = ?,
                product = ?, pipeline = ?, currency = ?, original_amount = ?, exchange_rate = ?, held = ?, product_key = ?, pipeline_key = ?,
                version = ?, updated_at = ?
            WHERE deal_id = ?""";
    private static final String HISTORY = """
            INSERT INTO deal_history (deal_id, version, changed_at, import_id, previous_values) VALUES (?, ?, ?, ?, ?)""";
    private static final String LINK = "UPDATE deals SET owner_id = ? WHERE deal_id = ?";

    private final Handle h;
    private final Dialect dialect;
    private final long importId;
    private final String now;
    private final Batch inserts;
    private final Batch updates;
    private final Batch history;
    private final Batch links;
    private int inserted;
    private int updated;
    private int unchanged;
    private final DealTallies tallies = new DealTallies();
    private final DealChanges changes;

    /**
     * @param importId the import's row in the imports table, which the caller writes and finishes
     * @param changes what is kept about each changed deal (rechecks of closed periods, audit entries)
     */
    DealUpsert(Handle h, long importId, Instant now, DealChanges changes, Dialect dialect) {
        this.h = h;
        this.dialect = dialect;
        this.changes = changes;
        this.importId = importId;
        this.now = now.toString();
        Connection connection = h.getConnection();
        this.inserts = new Batch(connection, INSERT);
        this.updates = new Batch(connection, UPDATE);
        this.history = new Batch(connection, HISTORY);
        this.links = new Batch(connection, LINK);
    }

    /** @param rowsDone told the number of deals written so far after every chunk */
    UpsertCounts run(Iterator<LedgerDeal> deals, LongConsumer rowsDone) {
        // SQLite's default 2 MB page cache makes every row's insert into the owner indexes a page miss once the
        // table is large. The connection is this write's own and closes with it, and the memory with it.
        if (dialect == Dialect.SQLITE) {
            h.execute("PRAGMA cache_size = -" + CACHE_KIB);
        }
        StoredIds stored = StoredIds.of(h);
        List<DealRow> chunk = new ArrayList<>(CHUNK);
        long done = 0;
        while (deals.hasNext()) {
            chunk.add(DealRow.of(deals.next()));
            if (chunk.size() == CHUNK || !deals.hasNext()) {
                writeChunk(chunk, stored);
                done += chunk.size();
                rowsDone.accept(done);
                chunk.clear();
            }
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

    private void writeChunk(List<DealRow> chunk, StoredIds stored) {
        Map<String, StoredDeal> existing = chunk.stream().anyMatch(row -> stored.mayHold(row.dealId())) ? existing(chunk) : Map.of();
        for (DealRow incoming : chunk) {
            StoredDeal old = existing.get(incoming.dealId());
            if (old == null) {
                insert(incoming);
                continue;
            }
            DealRow next = old.keepLinkIfSameOwner(incoming);
            Map<String, String> previous = old.row().previousValuesOfChangedFields(next);
            if (!previous.isEmpty()) {
                update(old, next, previous);
            } else if (!Objects.equals(old.row().ownerId(), next.ownerId())) {
                // The CRM data is the same; only the directory now names an owner it did not before.
                link(old, next);
            } else {
                unchanged++;
            }
        }
        // History first: its rows keep the values the updates overwrite.
        history.execute();
        inserts.execute();
        updates.execute();
        links.execute();
    }

    private void insert(DealRow row) {
        tallies.add(h, row);
        changes.changed(null, row);
        inserts.add(row.dealId(), row.name(), row.amountCents(), row.closeDate(), row.stage(), row.outcome(), row.ownerRef(), row.ownerId(),
                row.dealType(), row.product(), row.pipeline(), row.currency(), row.originalAmount(), row.exchangeRate(), row.held() ? 1 : 0,
                row.productKey(), row.pipelineKey(), now, now);
        inserted++;
    }

    private void update(StoredDeal old, DealRow next, Map<String, String> previous) {
        tallies.remove(h, old.row());
        tallies.add(h, next);
        changes.changed(old.row(), next);
        history.add(next.dealId(), old.version(), now, importId, DealLedger.toJson(previous));
        updates.add(next.name(), next.amountCents(), next.closeDate(), next.stage(), next.outcome(), next.ownerRef(), next.ownerId(),
                next.dealType(), next.product(), next.pipeline(), next.currency(), next.originalAmount(), next.exchangeRate(), next.held() ? 1 : 0,
                next.productKey(), next.pipelineKey(), old.version() + 1, now, next.dealId());
        updated++;
    }

    /** Counted as unchanged: the deal's CRM values are, only its link to a person is new. */
    private void link(StoredDeal old, DealRow next) {
        tallies.remove(h, old.row());
        tallies.add(h, next);
        changes.changed(old.row(), next);
        links.add(next.ownerId(), next.dealId());
        unchanged++;
    }

    private Map<String, StoredDeal> existing(List<DealRow> chunk) {
        StringBuilder in = new StringBuilder();
        Map<String, Object> ids = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            in.append(i == 0 ? ":id" : ", :id").append(i);
            ids.put("id" + i, chunk.get(i).dealId());
        }
        Map<String, StoredDeal> rows = new HashMap<>();
        h.createQuery("SELECT " + DealRow.COLUMNS + ", version FROM deals WHERE deal_id IN (" + in + ")")
                .bindMap(ids)
                .map((rs, ctx) -> new StoredDeal(DealRow.read(rs), rs.getInt("version")))
                .forEach(s -> rows.put(s.row().dealId(), s));
        return rows;
    }

    @Override
    public void close() {
        for (Batch batch : List.of(inserts, updates, history, links)) {
            batch.close();
        }
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

    /**
     * The smallest and largest deal id in the ledger, read once per import from the primary key's index. An id
     * outside them is certainly new; ids are compared as SQLite compares text, by their UTF-8 bytes.
     */
    private record StoredIds(byte[] min, byte[] max) {

        static StoredIds of(Handle h) {
            return h.createQuery("SELECT MIN(deal_id) AS low, MAX(deal_id) AS high FROM deals")
                    .map((rs, ctx) -> new StoredIds(utf8(rs.getString("low")), utf8(rs.getString("high"))))
                    .one();
        }

        private static byte[] utf8(String id) {
            return id == null ? null : id.getBytes(StandardCharsets.UTF_8);
        }

        boolean mayHold(String id) {
            if (min == null) {
                return false;
            }
            for (int i = 0; i < id.length(); i++) {
                if (Character.isSurrogate(id.charAt(i))) {
                    // Not worth being clever about: such an id is looked up.
                    return true;
                }
            }
            byte[] key = utf8(id);
            return Arrays.compareUnsigned(key, min) >= 0 && Arrays.compareUnsigned(key, max) <= 0;
        }
    }

    /** One statement prepared for the whole import, its rows bound by position and sent to SQLite in a batch. */
    private static final class Batch {

        private final Connection connection;
        private final String sql;
        private PreparedStatement statement;
        private int rows;

        Batch(Connection connection, String sql) {
            this.connection = connection;
            this.sql = sql;
        }

        void add(Object... values) {
            try {
                if (statement == null) {
                    statement = connection.prepareStatement(sql);
                }
                for (int i = 0; i < values.length; i++) {
                    bind(i + 1, values[i]);
                }
                statement.addBatch();
                rows++;
            } catch (SQLException e) {
                throw new StoreException("Cannot write deals: " + e.getMessage(), e);
            }
        }

        private void bind(int position, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(position, Types.VARCHAR);
            } else if (value instanceof String s) {
                statement.setString(position, s);
            } else if (value instanceof Long l) {
                statement.setLong(position, l);
            } else {
                statement.setInt(position, (Integer) value);
            }
        }

        void execute() {
            if (rows == 0) {
                return;
            }
            try {
                statement.executeBatch();
                rows = 0;
            } catch (SQLException e) {
                throw new StoreException("Cannot write deals: " + e.getMessage(), e);
            }
        }

        void close() {
            if (statement != null) {
                try {
                    statement.close();
                } catch (SQLException e) {
                    // The transaction's connection closes it anyway; nothing to act on.
                }
            }
        }
    }
}
