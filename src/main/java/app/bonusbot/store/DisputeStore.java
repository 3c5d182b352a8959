package app.bonusbot.store;

import app.bonusbot.core.dispute.Dispute;
import app.bonusbot.core.dispute.DisputeBook;
import app.bonusbot.core.dispute.DisputeState;
import app.bonusbot.core.dispute.DisputeVerdict;
import app.bonusbot.core.dispute.NewDispute;
import app.bonusbot.core.dispute.Resolution;
import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.AdjustmentKind;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Disputes in SQLite (schema in V12__disputes.sql). Opening and resolving a case each append their audit entry
 * ({@code dispute_opened}, {@code dispute_resolved}) in the same transaction as the change.
 */
public final class DisputeStore implements DisputeBook {

    public static final String OPENED = "dispute_opened";
    public static final String RESOLVED = "dispute_resolved";

    private static final String COLUMNS = "number, person_id, text, deal_id, plan_id, period_key, state, answer, resolved_by, resolved_at, "
            + "adjustment_cents, opened_at";
    // Fixed width, so that comparing and sorting the text compares the moments.
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Database db;
    private final FiscalYear fiscalYear;

    /** Periods read as the calendar year reads them: for a company whose fiscal year starts in January. */
    public DisputeStore(Database db) {
        this(db, FiscalYear.CALENDAR);
    }

    /** @param fiscalYear how the company's period keys read, for the period an accepted case's amount is paid with */
    public DisputeStore(Database db, FiscalYear fiscalYear) {
        this.db = db;
        this.fiscalYear = fiscalYear;
    }

    @Override
    public Dispute open(NewDispute d) {
        return db.write(h -> {
            long number = h.createUpdate("""
                            INSERT INTO disputes (person_id, text, deal_id, plan_id, period_key, state, opened_at)
                            VALUES (:person, :text, :deal, :plan, :period, 'open', :at)""")
                    .bind("person", d.personId()).bind("text", d.text()).bind("deal", d.dealId().orElse(null)).bind("plan", d.planId().orElse(null))
                    .bind("period", d.periodKey()).bind("at", STAMP.format(d.openedAt()))
                    .executeAndReturnGeneratedKeys("number").mapTo(Long.class).one();
            AuditLog.append(h, AuditEntry.of(d.openedAt(), d.personId(), OPENED).person(d.personId()).period(d.periodKey())
                    .subject(subject(number)).change(null, DisputeState.OPEN.word()).detail(openedDetail(d)));
            return byNumber(h, number).orElseThrow();
        });
    }

    /**
     * The one write that resolves a case: the state, the answer, who and when, the amount of an accepted case, and the
     * audit entry, all or nothing. A case resolved before is left as it is.
     */
    @Override
    public Resolution resolve(long number, DisputeVerdict verdict, String by, Instant at) {
        return db.write(h -> {
            Optional<Dispute> before = byNumber(h, number);
            if (before.isEmpty()) {
                return new Resolution.Unknown(number);
            }
            if (!before.get().isOpen()) {
                return new Resolution.AlreadyResolved(before.get());
            }
            h.createUpdate("""
                            UPDATE disputes SET state = :state, answer = :answer, resolved_by = :by, resolved_at = :at, adjustment_cents = :cents
                            WHERE number = :number AND state = 'open'""")
                    .bind("state", verdict.state().word()).bind("answer", verdict.answer()).bind("by", by).bind("at", STAMP.format(at))
                    .bind("cents", verdict.amount().map(Cents::of).orElse(null)).bind("number", number)
                    .execute();
            Dispute after = byNumber(h, number).orElseThrow();
            verdict.amount().filter(amount -> verdict.accepted() && amount.signum() != 0).ifPresent(amount -> payWithFirstOpenPeriod(h, after, amount, by, at));
            AuditLog.append(h, AuditEntry.of(at, by, RESOLVED).person(after.personId()).period(after.periodKey()).subject(subject(number))
                    .change(DisputeState.OPEN.word(), verdict.state().word() + verdict.amount().map(a -> " " + a.toPlainString()).orElse(""))
                    .detail(verdict.answer()));
            return new Resolution.Resolved(after);
        });
    }

    /**
     * An accepted case's amount as a DISPUTE adjustment paid with the case's period, or the first open one after it
     * when that is closed by now; with its own audit entry, in the resolving transaction.
     */
    private void payWithFirstOpenPeriod(Handle h, Dispute dispute, BigDecimal amount, String by, Instant at) {
        Period from = fiscalYear.parse(dispute.periodKey())
                .orElseThrow(() -> new StoreException("case " + dispute.number() + " has period '" + dispute.periodKey() + "', which is no period"));
        Period paidWith = OpenPeriods.firstOpen(h, from);
        Adjustments.add(h, new Adjustment(0, dispute.personId(), paidWith.key(), dispute.planId(), amount.setScale(2, RoundingMode.HALF_UP),
                AdjustmentKind.DISPUTE, dispute.answer(), Optional.empty(), Optional.of(dispute.number()), at, by));
    }

    @Override
    public Optional<Dispute> byNumber(long number) {
        return db.jdbi().withHandle(h -> byNumber(h, number));
    }

    @Override
    public List<Dispute> list(Optional<String> personId, boolean openOnly) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM disputes WHERE (:person IS NULL OR person_id = :person)"
                        + " AND (:openOnly = 0 OR state = 'open') ORDER BY number DESC")
                .bind("person", personId.orElse(null)).bind("openOnly", openOnly ? 1 : 0)
                .map((rs, ctx) -> dispute(rs)).list());
    }

    @Override
    public List<Dispute> untold() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM disputes WHERE state <> 'open' AND seller_told_at IS NULL ORDER BY number")
                .map((rs, ctx) -> dispute(rs)).list());
    }

    @Override
    public boolean claimTelling(long number, Instant at) {
        return db.write(h -> h.createUpdate("UPDATE disputes SET seller_told_at = :at WHERE number = :number AND state <> 'open' AND seller_told_at IS NULL")
                .bind("at", STAMP.format(at)).bind("number", number).execute() == 1);
    }

    @Override
    public void untell(long number) {
        db.useWrite(h -> h.createUpdate("UPDATE disputes SET seller_told_at = NULL WHERE number = :number").bind("number", number).execute());
    }

    /** The audit log's subject of a case: {@code case 12}. */
    static String subject(long number) {
        return "case " + number;
    }

    private static String openedDetail(NewDispute d) {
        StringBuilder detail = new StringBuilder(d.text());
        d.dealId().ifPresent(deal -> detail.append(" [deal ").append(deal).append(']'));
        d.planId().ifPresent(plan -> detail.append(" [plan ").append(plan).append(']'));
        return detail.toString();
    }

    private static Optional<Dispute> byNumber(Handle h, long number) {
        return h.createQuery("SELECT " + COLUMNS + " FROM disputes WHERE number = :number").bind("number", number)
                .map((rs, ctx) -> dispute(rs)).findOne();
    }

    private static Dispute dispute(ResultSet rs) throws SQLException {
        long cents = rs.getLong("adjustment_cents");
        boolean noAdjustment = rs.wasNull();
        return new Dispute(rs.getLong("number"), rs.getString("person_id"), rs.getString("text"), Optional.ofNullable(rs.getString("deal_id")),
                Optional.ofNullable(rs.getString("plan_id")), rs.getString("period_key"), DisputeState.of(rs.getString("state")).orElseThrow(),
                Optional.ofNullable(rs.getString("answer")), Optional.ofNullable(rs.getString("resolved_by")),
                Optional.ofNullable(rs.getString("resolved_at")).map(Instant::parse), noAdjustment ? Optional.empty() : Optional.of(Cents.toAmount(cents)),
                Instant.parse(rs.getString("opened_at")));
    }
}
