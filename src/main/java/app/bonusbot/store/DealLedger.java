package app.bonusbot.store;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Tally;
import app.bonusbot.core.time.DateRange;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;

/**
 * The deals table: one row per CRM deal id holding its current values, every earlier version in deal_history.
 * The engine reads it through {@link DealFacts}: sums come from the owners' pre-aggregated deal_tallies (kept in the
 * same transaction as the deals, see {@link DealTallies}), deal lists from the won deals' covering index.
 */
public final class DealLedger implements DealFacts {

    /** Built on first use: only a deal's history needs it, and a mapper costs every start hundreds of classes. */
    private static final class HistoryJson {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /**
     * The WHERE terms of the covering index {@code deals_closed_by_owner} (migration V9): a query that repeats them is
     * answered from the index alone.
     */
    static final String CLOSED_COUNTING = "outcome IN ('won', 'lost') AND held = 0";

    private final Database db;
    private final TeamTallies teams = new TeamTallies();

    public DealLedger(Database db) {
        this.db = db;
    }

    @Override
    public Tally tally(String ownerId, DateRange range, DealFilter filter) {
        return tallies(List.of(ownerId), range, filter).get(ownerId);
    }

    /**
     * From deal_tallies for the whole months of the range, from the deals themselves for its odd days at the edges
     * (and for a filter the tallies cannot tell, a minimum amount): the same sums either way. Several owners' (a
     * team's) are kept in memory until the next write to the store ({@link TeamTallies}).
     */
    @Override
    public Map<String, Tally> tallies(Collection<String> ownerIds, DateRange range, DealFilter filter) {
        List<String> owners = List.copyOf(new LinkedHashSet<>(ownerIds));
        if (owners.size() < 2) {
            return db.jdbi().withHandle(h -> sum(h, owners, range, filter));
        }
        // One read transaction: the version and the deals summed are the same state of the file.
        return db.jdbi().inTransaction(h -> teams.get(DataVersion.read(h), owners, range, filter, () -> sum(h, owners, range, filter)));
    }

    private static Map<String, Tally> sum(Handle h, List<String> owners, DateRange range, DealFilter filter) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        owners.forEach(id -> sums.put(id, new long[3]));
        if (!owners.isEmpty()) {
            MonthSplit split = MonthSplit.of(range);
            Optional<DealQuery> months = split.hasMonths() ? DealQuery.ofTallies(owners, split.firstMonth(), split.lastMonth(), filter) : Optional.empty();
            if (months.isPresent()) {
                addUp(h, monthsSql(months.get()), months.get(), sums);
                for (DateRange edge : split.edges()) {
                    DealQuery days = DealQuery.ofOwners(owners, edge, filter);
                    addUp(h, groupedTallySql(days), days, sums);
                }
            } else {
                DealQuery all = DealQuery.ofOwners(owners, range, filter);
                addUp(h, groupedTallySql(all), all, sums);
            }
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        sums.forEach((owner, s) -> tallies.put(owner, new Tally(Cents.toAmount(s[0]), s[1], s[2])));
        return tallies;
    }

    private static void addUp(Handle h, String sql, DealQuery query, Map<String, long[]> sums) {
        h.createQuery(sql)
                .bindMap(query.parameters())
                .map((rs, ctx) -> {
                    long[] s = sums.get(rs.getString("owner_id"));
                    s[0] += rs.getLong("won_cents");
                    s[1] += rs.getLong("won_count");
                    s[2] += rs.getLong("lost_count");
                    return s;
                })
                .forEach(s -> { });
    }

    static String tallySql(DealQuery query) {
        return """
                SELECT COALESCE(SUM(CASE WHEN outcome = 'won' THEN amount_cents ELSE 0 END), 0) AS won_cents,
                       COUNT(CASE WHEN outcome = 'won' THEN 1 END) AS won_count,
                       COUNT(CASE WHEN outcome = 'lost' THEN 1 END) AS lost_count
                FROM deals WHERE outcome IN ('won', 'lost') AND held = 0""" + " AND " + query.where();
    }

    private static String groupedTallySql(DealQuery query) {
        return tallySql(query).replaceFirst("SELECT ", "SELECT owner_id, ") + " GROUP BY owner_id";
    }

    private static String monthsSql(DealQuery query) {
        return """
                SELECT owner_id,
                       SUM(CASE WHEN outcome = 'won' THEN amount_cents ELSE 0 END) AS won_cents,
                       SUM(CASE WHEN outcome = 'won' THEN deals ELSE 0 END) AS won_count,
                       SUM(CASE WHEN outcome = 'lost' THEN deals ELSE 0 END) AS lost_count
                FROM deal_tallies WHERE """ + " " + query.where() + " GROUP BY owner_id";
    }

    /** The owner's closed deals of the span, read once for a whole answer (see {@link OwnerDeals}). */
    @Override
    public DealFacts forOwner(String ownerId, DateRange span) {
        return new OwnerDeals(this, db, ownerId, span);
    }

    @Override
    public List<Deal> wonDeals(String ownerId, DateRange range, DealFilter filter) {
        DealQuery query = DealQuery.of(ownerId, range, filter);
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + DealRow.COLUMNS + " FROM deals WHERE " + CLOSED_COUNTING + " AND outcome = 'won' AND " + query.where()
                        + " ORDER BY close_date, deal_id")
                .bindMap(query.parameters())
                .map((rs, ctx) -> DealRow.read(rs).toDeal())
                .list());
    }

    public long count() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM deals").mapTo(Long.class).one());
    }

    public Optional<LedgerDeal> find(String dealId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + DealRow.COLUMNS + " FROM deals WHERE deal_id = :id")
                .bind("id", dealId)
                .map((rs, ctx) -> DealRow.read(rs).toLedgerDeal())
                .findOne());
    }

    /** The current version number of a deal: 1 when first imported, one more for every change since. */
    public Optional<Integer> version(String dealId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT version FROM deals WHERE deal_id = :id")
                .bind("id", dealId)
                .mapTo(Integer.class)
                .findOne());
    }

    /** The superseded versions of a deal, oldest first. */
    public List<DealRevision> history(String dealId) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT deal_id, version, changed_at, import_id, previous_values FROM deal_history
                        WHERE deal_id = :id ORDER BY version""")
                .bind("id", dealId)
                .map((rs, ctx) -> new DealRevision(rs.getString("deal_id"), rs.getInt("version"), Instant.parse(rs.getString("changed_at")),
                        rs.getObject("import_id") == null ? null : rs.getLong("import_id"), fromJson(rs.getString("previous_values"))))
                .list());
    }

    /** Distinct CRM owner references of the deals that count for nobody yet, sorted. */
    public List<String> unmatchedOwnerReferences() {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT DISTINCT owner_ref FROM deals WHERE owner_id IS NULL AND owner_ref IS NOT NULL ORDER BY owner_ref")
                .mapTo(String.class)
                .list());
    }

    /**
     * Links deals without an owner to the stored person their owner reference now names; returns how many. Takes
     * no directory because only stored people can be linked to (the owner column is a foreign key). Imports of
     * people and the config sync do this themselves.
     */
    public int resolveOwners() {
        return db.write(h -> {
            int linked = OwnerLinks.link(h);
            if (linked > 0) {
                DataVersion.bump(h);
            }
            return linked;
        });
    }

    /**
     * Writes a validated import in one transaction: new deals are inserted, changed ones updated with the old
     * values kept in deal_history, identical ones left untouched. The deal ids must be distinct. Waits for another
     * writer to finish first (see {@link ImportLog}); the transaction holds only the writing, not the reading of the file.
     *
     * @param rowsDone told the number of deals written so far, every few hundred deals
     */
    public UpsertCounts upsertAll(String fileName, List<LedgerDeal> deals, LongConsumer rowsDone) {
        DealUpsert.requireDistinctIds(deals);
        return upsertStreamed(fileName, deals, rowsDone);
    }

    /**
     * As {@link #upsertAll(String, List, LongConsumer)}, for deals streamed from where the import keeps them, so that
     * a large file is never held in memory. The caller has made sure the ids are distinct. Iterated once, inside the
     * transaction; an exception from the iteration (a temporary file that cannot be read) leaves nothing written.
     */
    public UpsertCounts upsertStreamed(String fileName, Iterable<LedgerDeal> deals, LongConsumer rowsDone) {
        ClosedPeriodWatch watch = db.closedPeriods();
        boolean[] recorded = new boolean[1];
        UpsertCounts counts = ImportLog.record(db, ImportKind.DEALS, fileName, (h, importId, now) -> {
            DealChanges changes = new DealChanges(h, watch.spans(h), "import", false, now);
            try (DealUpsert upsert = new DealUpsert(h, importId, now, changes, db.dialect())) {
                UpsertCounts written = upsert.run(deals.iterator(), rowsDone);
                recorded[0] = changes.recorded();
                return written;
            }
        });
        watch.afterWrite(recorded[0]);
        return counts;
    }

    static String toJson(Map<String, String> values) {
        try {
            return HistoryJson.MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write deal history as JSON", e);
        }
    }

    static Map<String, String> fromJson(String json) {
        try {
            return HistoryJson.MAPPER.readValue(json, new TypeReference<Map<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("deal_history holds malformed JSON: " + json, e);
        }
    }
}
