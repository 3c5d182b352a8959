package app.bonusbot.store;

import app.bonusbot.core.command.CrmFreshness;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The crm_sync table and the sync's writes to the deal ledger. A sync is a writer like an import: each page of deals
 * is one write transaction with its row in the imports table, its deals through the same upsert (history, versions,
 * tallies), the data version bumped, and the cursor that follows the page. Also the core's {@link CrmFreshness}.
 */
public final class CrmSyncStore implements CrmFreshness {

    private final Database db;
    private final String source;

    /** @param source the CRM, e.g. {@code hubspot} */
    public CrmSyncStore(Database db, String source) {
        this.db = db;
        this.source = source;
    }

    public Optional<CrmSyncState> state() {
        // Read under every /bonus status (its freshness line): a point read, not a Jdbi handle.
        return db.readOne("SELECT * FROM crm_sync WHERE source = ?", s -> s.setString(1, source), rs -> new CrmSyncState(source,
                        new CrmCursor("full".equals(rs.getString("phase")), rs.getString("full_after"), longOr(rs.getObject("full_anchor_ms"), Long.MAX_VALUE),
                                longOr(rs.getObject("modified_ms"), 0), rs.getString("last_id")),
                        Optional.ofNullable(rs.getString("portal")), instant(rs.getString("last_success_at")), Optional.ofNullable(rs.getString("last_error")),
                        instant(rs.getString("failing_since")), Optional.ofNullable((Number) rs.getObject("daily_limit")).map(Number::longValue),
                        Optional.ofNullable((Number) rs.getObject("daily_remaining")).map(Number::longValue), instant(rs.getString("headroom_at"))));
    }

    /** The cursor to go on from; a full read from the start when the CRM was never synced. */
    public CrmCursor cursor() {
        return state().map(CrmSyncState::cursor).orElse(CrmCursor.startFull());
    }

    /**
     * Writes one page: its deals (inserted, updated with the old values in deal_history, unchanged ones untouched) and
     * the cursor after it, in one transaction. Without deals only the cursor moves; with a null cursor it stays. The
     * deal ids must be distinct.
     *
     * @param what how the imports table names this write, e.g. {@code HubSpot sync (incremental)}
     */
    public UpsertCounts writePage(String what, List<LedgerDeal> deals, CrmCursor next) {
        if (deals.isEmpty()) {
            if (next != null) {
                db.useWrite(h -> saveCursor(h, next));
            }
            return new UpsertCounts(0, 0, 0, 0, 0);
        }
        DealUpsert.requireDistinctIds(deals);
        ClosedPeriodWatch watch = db.closedPeriods();
        boolean[] recorded = new boolean[1];
        UpsertCounts written = ImportLog.record(db, ImportKind.DEALS, what, (h, importId, now) -> {
            UpsertCounts counts;
            DealChanges changes = new DealChanges(h, watch.spans(h), source, true, now);
            try (DealUpsert upsert = new DealUpsert(h, importId, now, changes, db.dialect())) {
                counts = upsert.run(deals.iterator(), done -> { });
            }
            recorded[0] = changes.recorded();
            if (next != null) {
                saveCursor(h, next);
            }
            return counts;
        }, false);
        watch.afterWrite(recorded[0]);
        return written;
    }

    /**
     * The audit entry of a sync pass that changed deals (each changed deal has its own {@code deal_changed} entry,
     * written with it): who, when, and the counts.
     */
    public void recordPass(Instant at, String kind, int inserted, int updated, int removed) {
        if (inserted + updated + removed == 0) {
            return;
        }
        new AuditLog(db).append(AuditEntry.of(at, source, "sync").subject(kind)
                .detail(inserted + " new, " + updated + " changed, " + removed + " removed"));
    }

    /** The ledger's current version of each of these deals that it holds, in one query. */
    public Map<String, LedgerDeal> stored(Collection<String> dealIds) {
        if (dealIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = List.copyOf(dealIds);
        Map<String, LedgerDeal> stored = new HashMap<>();
        db.jdbi().useHandle(h -> h.createQuery("SELECT " + DealRow.COLUMNS + " FROM deals WHERE deal_id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> DealRow.read(rs).toLedgerDeal())
                .forEach(d -> stored.put(d.deal().id(), d)));
        return stored;
    }

    /** Starts over with a full read at the next pass ({@code bonusbot sync --full}); keeps the success and error record. */
    public void restartFull() {
        db.useWrite(h -> saveCursor(h, CrmCursor.startFull()));
    }

    public void recordSuccess(Instant at, String portal) {
        db.useWrite(h -> {
            ensureRow(h);
            h.createUpdate("""
                            UPDATE crm_sync SET last_success_at = :at, portal = COALESCE(:portal, portal), failing_since = NULL, last_error = NULL
                            WHERE source = :source""")
                    .bind("at", at.toString()).bind("portal", portal).bind("source", source).execute();
        });
    }

    /** The error in words; the start of the failing run is kept from the first failure on. */
    public void recordFailure(Instant at, String error) {
        db.useWrite(h -> {
            ensureRow(h);
            h.createUpdate("""
                            UPDATE crm_sync SET last_error = :error, failing_since = COALESCE(failing_since, :at) WHERE source = :source""")
                    .bind("at", at.toString()).bind("error", error).bind("source", source).execute();
        });
    }

    public void recordHeadroom(Instant at, Long dailyLimit, Long dailyRemaining) {
        db.useWrite(h -> {
            ensureRow(h);
            h.createUpdate("UPDATE crm_sync SET daily_limit = :limit, daily_remaining = :remaining, headroom_at = :at WHERE source = :source")
                    .bind("limit", dailyLimit).bind("remaining", dailyRemaining).bind("at", at.toString()).bind("source", source).execute();
        });
    }

    @Override
    public Optional<Freshness> freshness() {
        return state().flatMap(s -> s.lastSuccessAt().map(at -> new Freshness(at, s.failingSince())));
    }

    private void ensureRow(Handle h) {
        h.createUpdate("INSERT INTO crm_sync (source, phase) VALUES (:source, 'full') ON CONFLICT (source) DO NOTHING").bind("source", source).execute();
    }

    private void saveCursor(Handle h, CrmCursor c) {
        ensureRow(h);
        h.createUpdate("""
                        UPDATE crm_sync SET phase = :phase, full_after = :after, full_anchor_ms = :anchor, modified_ms = :modified, last_id = :lastId
                        WHERE source = :source""")
                .bind("phase", c.full() ? "full" : "incremental")
                .bind("after", c.fullAfter())
                .bind("anchor", c.full() ? c.fullAnchorMs() : null)
                .bind("modified", c.full() ? null : c.modifiedMs())
                .bind("lastId", c.lastId())
                .bind("source", source)
                .execute();
    }

    private static long longOr(Object value, long otherwise) {
        return value == null ? otherwise : ((Number) value).longValue();
    }

    private static Optional<Instant> instant(String text) {
        return Optional.ofNullable(text).map(Instant::parse);
    }
}
