package app.bonusbot.store;

import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.AdjustmentBook;
import app.bonusbot.core.payout.AdjustmentKind;
import app.bonusbot.core.payout.DealChange;
import app.bonusbot.core.payout.NotClawedBack;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;

/**
 * The adjustments table (schema version 12) and the core's {@link AdjustmentBook}. Each adjustment is added with its
 * audit entry in one transaction, and bumps the data version, so that every process sees it at its next answer.
 *
 * <p>An answer costs no read of the table for a person without adjustments: the people who have any are kept in memory
 * per data version, read again only after a write has changed the version.
 */
public final class Adjustments implements AdjustmentBook {

    static final String COLUMNS = "id, person_id, period_key, plan_id, amount_cents, kind, reason, deal_id, deal_name, source_period, change_what,"
            + " change_from, change_to, waived_cents, waived_because, dispute_number, created_at, created_by";

    private final Database db;
    private final LongSupplier dataVersion;
    private volatile People held;

    private record People(long version, Set<String> ids) {}

    /** Reads the data version itself at each answer. */
    public Adjustments(Database db) {
        this(db, () -> DataVersion.read(db));
    }

    /**
     * @param dataVersion the data version this answer already checked, e.g. {@link CompanySnapshots#heldVersion}: an
     *     answer then costs no read at all for a person without adjustments, one indexed read for one with
     */
    public Adjustments(Database db, LongSupplier dataVersion) {
        this.db = db;
        this.dataVersion = dataVersion;
    }

    /** Adds in a write of its own; returns it with its id. */
    public Adjustment add(Adjustment adjustment) {
        return db.write(h -> add(h, adjustment));
    }

    /**
     * Adds inside the caller's write, with its audit entry ({@code adjust}, {@code clawback}, {@code top_up} or
     * {@code dispute}, the amount as after): a dispute's answer and its adjustment land together or not at all.
     */
    public static Adjustment add(Handle h, Adjustment adjustment) {
        return add(h, adjustment, Waiver.NONE);
    }

    /** As {@link #add(Handle, Adjustment)}, with what a clawback policy did not take. */
    static Adjustment add(Handle h, Adjustment a, Waiver waiver) {
        Optional<DealChange> c = a.change();
        long id = h.createUpdate("INSERT INTO adjustments (" + COLUMNS.substring("id, ".length()) + """
                        ) VALUES (:person, :period, :plan, :cents, :kind, :reason, :deal, :dealName, :source, :what, :from, :to, :waived, :because,
                        :dispute, :at, :by)""")
                .bind("person", a.personId()).bind("period", a.periodKey()).bind("plan", a.planId().orElse(null))
                .bind("cents", Cents.of(a.amount())).bind("kind", a.kind().name().toLowerCase(Locale.ROOT)).bind("reason", a.reason().orElse(null))
                .bind("deal", c.map(DealChange::dealId).orElse(null)).bind("dealName", c.map(DealChange::dealName).orElse(null))
                .bind("source", c.map(DealChange::sourcePeriodKey).orElse(null))
                .bind("what", c.map(x -> x.what().name().toLowerCase(Locale.ROOT)).orElse(null))
                .bind("from", c.map(DealChange::from).orElse(null)).bind("to", c.map(DealChange::to).orElse(null))
                .bind("waived", waiver.cents()).bind("because", waiver.because())
                .bind("dispute", a.disputeNumber().orElse(null)).bind("at", a.createdAt().toString()).bind("by", a.createdBy())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Adjustment stored = new Adjustment(id, a.personId(), a.periodKey(), a.planId(), a.amount(), a.kind(), a.reason(), a.change(), a.disputeNumber(),
                a.createdAt(), a.createdBy());
        // Before and after: what the deal change was, or for an adjustment without one the person's adjustments in
        // the period before and after it.
        String before = c.map(DealChange::from).orElseGet(() -> Cents.toAmount(periodCents(h, a) - Cents.of(a.amount())).toPlainString());
        String after = c.map(DealChange::to).orElseGet(() -> Cents.toAmount(periodCents(h, a)).toPlainString());
        AuditLog.append(h, AuditEntry.of(a.createdAt(), a.createdBy(), action(a.kind())).person(a.personId()).period(a.periodKey())
                .subject(c.map(DealChange::dealId).orElseGet(() -> a.planId().orElse(null)))
                .change(before, after)
                .detail(detail(stored, waiver)));
        DataVersion.bump(h);
        return stored;
    }

    private static long periodCents(Handle h, Adjustment a) {
        return h.createQuery("SELECT COALESCE(SUM(amount_cents), 0) FROM adjustments WHERE person_id = :person AND period_key = :period")
                .bind("person", a.personId()).bind("period", a.periodKey()).mapTo(Long.class).one();
    }

    /** The audit log's word for an adjustment of this kind. */
    static String action(AdjustmentKind kind) {
        return kind == AdjustmentKind.MANUAL ? "adjust" : kind.name().toLowerCase(Locale.ROOT);
    }

    private static String detail(Adjustment a, Waiver waiver) {
        StringBuilder d = new StringBuilder("#" + a.id() + " " + a.amount().toPlainString());
        a.planId().ifPresent(p -> d.append(" plan ").append(p));
        a.change().ifPresent(c -> d.append(" for ").append(c.sourcePeriodKey()).append(" (").append(c.what().name().toLowerCase(Locale.ROOT)).append(')'));
        if (waiver.cents() != 0) {
            d.append(waiver.cents() < 0 ? "; not clawed back " : "; no longer waived ").append(Cents.toAmount(Math.abs(waiver.cents())).toPlainString())
                    .append(waiver.because() == null ? "" : " (" + waiver.because() + ")");
        }
        a.reason().filter(r -> NotClawedBack.of(r).isEmpty()).ifPresent(r -> d.append(": ").append(r));
        return d.toString();
    }

    @Override
    public List<Adjustment> of(String personId, String periodKey) {
        if (personId == null || !people().contains(personId)) {
            return List.of();
        }
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM adjustments WHERE person_id = :person AND period_key = :period ORDER BY id")
                .bind("person", personId).bind("period", periodKey)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    /** Every adjustment paid with the period, everyone's, in the order they were made. */
    public List<Adjustment> ofPeriod(String periodKey) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM adjustments WHERE period_key = :period ORDER BY id")
                .bind("period", periodKey)
                .map((rs, ctx) -> read(rs))
                .list());
    }

    private Set<String> people() {
        long version = dataVersion.getAsLong();
        People p = held;
        if (p != null && p.version() == version) {
            return p.ids();
        }
        // Kept under the version it was asked for: a write since then is seen at the next answer's version.
        People loaded = new People(version, db.jdbi().withHandle(h -> new HashSet<>(h.createQuery("SELECT DISTINCT person_id FROM adjustments")
                .mapTo(String.class).list())));
        held = loaded;
        return loaded.ids();
    }

    /**
     * A waived clawback is stored as an amount of 0 with what was not taken; it reaches the core as a reason of the
     * {@link NotClawedBack} words, so explain can say why.
     */
    static Adjustment read(ResultSet rs) throws SQLException {
        String what = rs.getString("change_what");
        Optional<DealChange> change = what == null ? Optional.empty()
                : Optional.of(new DealChange(rs.getString("deal_id"), rs.getString("deal_name"), rs.getString("source_period"),
                        DealChange.What.valueOf(what.toUpperCase(Locale.ROOT)), rs.getString("change_from"), rs.getString("change_to")));
        long waived = rs.getLong("waived_cents");
        Optional<String> reason = Optional.ofNullable(rs.getString("reason"));
        if (waived < 0 && rs.getString("waived_because") != null) {
            reason = Optional.of(NotClawedBack.reason(rs.getString("waived_because"), Cents.toAmount(waived)));
        }
        Object dispute = rs.getObject("dispute_number");
        return new Adjustment(rs.getLong("id"), rs.getString("person_id"), rs.getString("period_key"), Optional.ofNullable(rs.getString("plan_id")),
                Cents.toAmount(rs.getLong("amount_cents")), AdjustmentKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), reason, change,
                dispute == null ? Optional.empty() : Optional.of(((Number) dispute).longValue()), Instant.parse(rs.getString("created_at")),
                rs.getString("created_by"));
    }

    /**
     * Withdraws, inside a reopen's write, the clawbacks and top-ups (waived ones too) made for changes to the period
     * after its close: the next close freezes the changed deals in the period's own statements, so they would count
     * twice. Each row is removed, so nothing reads it again (status, explain, statements, payroll, a recheck's
     * baseline), and leaves an {@code adjustment_withdrawn} audit entry with its amount as before. Manual and dispute
     * adjustments stay.
     *
     * @param closed the periods closed now
     * @return how many were withdrawn
     * @throws ReopenRefusedException when one is paid with a period that is closed by now, before anything is changed
     */
    static int withdrawSourcedFrom(Handle h, String sourcePeriod, Set<String> closed, Instant at, String by) {
        record Row(Adjustment adjustment, Waiver waiver) {}
        List<Row> rows = h.createQuery("SELECT " + COLUMNS + " FROM adjustments WHERE source_period = :source AND kind IN ('clawback', 'top_up') ORDER BY id")
                .bind("source", sourcePeriod)
                .map((rs, ctx) -> new Row(read(rs), new Waiver(rs.getLong("waived_cents"), rs.getString("waived_because"))))
                .list();
        List<String> paidWithClosed = rows.stream().map(r -> r.adjustment().periodKey()).filter(closed::contains).distinct().sorted().toList();
        if (!paidWithClosed.isEmpty()) {
            throw new ReopenRefusedException(sourcePeriod, paidWithClosed);
        }
        for (Row r : rows) {
            Adjustment a = r.adjustment();
            h.createUpdate("DELETE FROM adjustments WHERE id = :id").bind("id", a.id()).execute();
            AuditLog.append(h, AuditEntry.of(at, by, "adjustment_withdrawn").person(a.personId()).period(a.periodKey())
                    .subject(a.change().map(DealChange::dealId).orElse(null))
                    .change(a.amount().toPlainString(), null)
                    .detail(action(a.kind()) + " " + detail(a, r.waiver()) + "; withdrawn as " + sourcePeriod + " was reopened"));
        }
        if (!rows.isEmpty()) {
            DataVersion.bump(h);
        }
        return rows.size();
    }

    /** What has been paid or waived since the close for a closed period, person and plan: a recheck's baseline. */
    record SinceClose(long paidCents, long waivedCents) {}

    static SinceClose sinceClose(Handle h, String sourcePeriod, String personId, String planId) {
        return h.createQuery("""
                        SELECT COALESCE(SUM(amount_cents), 0) AS paid, COALESCE(SUM(waived_cents), 0) AS waived FROM adjustments
                        WHERE source_period = :source AND person_id = :person AND plan_id = :plan""")
                .bind("source", sourcePeriod).bind("person", personId).bind("plan", planId)
                .map((rs, ctx) -> new SinceClose(rs.getLong("paid"), rs.getLong("waived")))
                .one();
    }
}
