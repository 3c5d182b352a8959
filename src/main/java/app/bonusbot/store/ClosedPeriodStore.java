package app.bonusbot.store;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.ClosedPeriods;
import app.bonusbot.core.payout.FrozenStatement;
import app.bonusbot.core.payout.PeriodClose;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Closed periods (schema version 11): closing writes every frozen statement, what each plan paid and the audit entry in
 * one transaction; reopening (admins, with a reason) removes the snapshots, withdraws the clawbacks and top-ups made
 * for changes to the period since, and records what had been frozen. Answers read whether a period is closed with one
 * point read of the small {@code period_closes} table.
 */
public final class ClosedPeriodStore implements ClosedPeriods {

    private final Database db;
    private final Language companyLanguage;

    /** @param companyLanguage the language a snapshot's plain list of lines is kept in */
    public ClosedPeriodStore(Database db, Language companyLanguage) {
        this.db = db;
        this.companyLanguage = companyLanguage;
    }

    /** What a close or reopen froze or unfroze: people, the cash total and each plan's total. */
    public record Totals(int people, BigDecimal total, Map<String, BigDecimal> byPlan) {

        /** For the audit log's before/after: {@code {"people":3,"total":"1234.00","plans":{"q":"1000.00",...}}}. */
        String json() {
            StringBuilder s = new StringBuilder("{\"people\":").append(people).append(",\"total\":\"").append(total.toPlainString()).append("\",\"plans\":{");
            boolean first = true;
            for (Map.Entry<String, BigDecimal> e : byPlan.entrySet()) {
                s.append(first ? "" : ",").append('"').append(e.getKey().replace("\"", "\\\"")).append("\":\"").append(e.getValue().toPlainString()).append('"');
                first = false;
            }
            return s.append("}}").toString();
        }
    }

    /** A plan version some closed period was paid with, as {@code config check} compares it with plans.yaml. */
    public record ClosedVersion(String periodKey, String planId, Optional<LocalDate> versionFrom, String versionDigest) {}

    /**
     * Freezes the period: its close, every statement, each plan's cash and the audit entry, all or nothing.
     *
     * @throws PeriodStateException when it is closed already (by another run since it was checked)
     */
    public Totals close(PeriodClose close, List<FrozenStatement> statements) {
        return db.write(h -> {
            if (state(h, close.periodKey()).filter("closed"::equals).isPresent()) {
                throw new PeriodStateException(close.periodKey() + " is already closed.");
            }
            h.createUpdate("""
                            INSERT INTO period_closes (period_key, state, closed_at, closed_by) VALUES (:key, 'closed', :at, :by)
                            ON CONFLICT (period_key) DO UPDATE SET state = 'closed', closed_at = :at, closed_by = :by,
                                reopened_at = NULL, reopened_by = NULL, reopen_reason = NULL""")
                    .bind("key", close.periodKey()).bind("at", close.closedAt().toString()).bind("by", close.closedBy()).execute();
            for (FrozenStatement s : statements) {
                h.createUpdate("INSERT INTO closed_statements (period_key, person_id, total_cents, snapshot) VALUES (:key, :person, :cents, :snapshot)")
                        .bind("key", close.periodKey()).bind("person", s.personId()).bind("cents", Cents.of(s.total()))
                        .bind("snapshot", SnapshotJson.write(s, companyLanguage)).execute();
                for (FrozenStatement.PlanCash cash : s.planCash()) {
                    h.createUpdate("""
                                    INSERT INTO closed_plan_cash (period_key, person_id, plan_id, cash_cents, version_from, version_digest)
                                    VALUES (:key, :person, :plan, :cents, :from, :digest)""")
                            .bind("key", close.periodKey()).bind("person", s.personId()).bind("plan", cash.planId()).bind("cents", Cents.of(cash.cash()))
                            .bind("from", cash.versionFrom().map(LocalDate::toString).orElse(null)).bind("digest", cash.versionDigest()).execute();
                }
            }
            Totals totals = totals(h, close.periodKey());
            AuditLog.append(h, AuditEntry.of(close.closedAt(), close.closedBy(), "close").period(close.periodKey())
                    .subject(totals.people() + " statements").change(null, totals.json()));
            return totals;
        });
    }

    /** What a reopen did: the totals that had been frozen, and how many clawbacks and top-ups it withdrew. */
    public record Reopened(Totals frozen, int withdrawn) {}

    /**
     * Reopens a closed period: its snapshots are removed (the audit entry keeps the totals that were frozen), the
     * clawbacks and top-ups made for changes to it since its close are withdrawn (the next close freezes those changes
     * in the period itself), and the period is worked out live again until the next close. All of it, or nothing.
     *
     * @throws PeriodStateException when it is not closed
     * @throws ReopenRefusedException when such a clawback or top-up is paid with a period that is closed by now
     */
    public Reopened reopen(String periodKey, String by, String reason, Instant at) {
        return db.write(h -> {
            if (state(h, periodKey).filter("closed"::equals).isEmpty()) {
                throw new PeriodStateException(periodKey + " is not closed, so there is nothing to reopen.");
            }
            Set<String> closedNow = new HashSet<>(h.createQuery("SELECT period_key FROM period_closes WHERE state = 'closed'").mapTo(String.class).list());
            int withdrawn = Adjustments.withdrawSourcedFrom(h, periodKey, closedNow, at, by);
            Totals frozen = totals(h, periodKey);
            h.createUpdate("UPDATE period_closes SET state = 'reopened', reopened_at = :at, reopened_by = :by, reopen_reason = :reason WHERE period_key = :key")
                    .bind("at", at.toString()).bind("by", by).bind("reason", reason).bind("key", periodKey).execute();
            h.createUpdate("DELETE FROM closed_plan_cash WHERE period_key = :key").bind("key", periodKey).execute();
            h.createUpdate("DELETE FROM closed_statements WHERE period_key = :key").bind("key", periodKey).execute();
            AuditLog.append(h, AuditEntry.of(at, by, "reopen").period(periodKey).subject(frozen.people() + " statements").change(frozen.json(), null)
                    .detail(reason));
            return new Reopened(frozen, withdrawn);
        });
    }

    /** One point read: every period closed now, with who closed it and when. */
    @Override
    public Map<String, PeriodClose> closed() {
        Optional<String> rows = db.readOne("SELECT " + db.dialect().linesOf("period_key || <TAB> || closed_at || <TAB> || closed_by")
                + " FROM period_closes WHERE state = 'closed'", s -> { }, rs -> rs.getString(1));
        Map<String, PeriodClose> closed = new LinkedHashMap<>();
        rows.ifPresent(text -> text.lines().forEach(line -> {
            String[] parts = line.split("\t", 3);
            closed.put(parts[0], new PeriodClose(parts[0], Instant.parse(parts[1]), parts[2]));
        }));
        return closed;
    }

    @Override
    public Optional<FrozenStatement> frozen(String personId, String periodKey) {
        return db.readOne("SELECT snapshot FROM closed_statements WHERE period_key = ? AND person_id = ?", s -> {
            s.setString(1, periodKey);
            s.setString(2, personId);
        }, rs -> rs.getString(1)).map(SnapshotJson::read);
    }

    /** Every frozen statement of a closed period, ordered by person id. */
    public List<FrozenStatement> frozen(String periodKey) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT snapshot FROM closed_statements WHERE period_key = :key ORDER BY person_id")
                .bind("key", periodKey).mapTo(String.class).list()).stream().map(SnapshotJson::read).toList();
    }

    /** The snapshot as stored, for comparing it byte for byte. */
    public Optional<String> snapshotText(String personId, String periodKey) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT snapshot FROM closed_statements WHERE period_key = :key AND person_id = :person")
                .bind("key", periodKey).bind("person", personId).mapTo(String.class).findOne());
    }

    /** The plan versions the closed periods were paid with, one row per period, plan and version. */
    public List<ClosedVersion> closedVersions() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT DISTINCT c.period_key, c.plan_id, c.version_from, c.version_digest FROM closed_plan_cash c
                        JOIN period_closes p ON p.period_key = c.period_key AND p.state = 'closed'
                        ORDER BY c.period_key, c.plan_id""")
                .map((rs, ctx) -> new ClosedVersion(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getString(3)).map(LocalDate::parse), rs.getString(4)))
                .list());
    }

    private static Optional<String> state(Handle h, String periodKey) {
        return h.createQuery("SELECT state FROM period_closes WHERE period_key = :key").bind("key", periodKey).mapTo(String.class).findOne();
    }

    private static Totals totals(Handle h, String periodKey) {
        int people = h.createQuery("SELECT COUNT(*) FROM closed_statements WHERE period_key = :key").bind("key", periodKey).mapTo(Integer.class).one();
        long cents = h.createQuery("SELECT COALESCE(SUM(total_cents), 0) FROM closed_statements WHERE period_key = :key").bind("key", periodKey)
                .mapTo(Long.class).one();
        Map<String, BigDecimal> byPlan = new TreeMap<>();
        h.createQuery("SELECT plan_id, SUM(cash_cents) FROM closed_plan_cash WHERE period_key = :key GROUP BY plan_id").bind("key", periodKey)
                .map((rs, ctx) -> Map.entry(rs.getString(1), Cents.toAmount(rs.getLong(2)))).forEach(e -> byPlan.put(e.getKey(), e.getValue()));
        return new Totals(people, Cents.toAmount(cents), byPlan);
    }
}
