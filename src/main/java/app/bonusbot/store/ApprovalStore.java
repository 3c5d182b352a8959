package app.bonusbot.store;

import app.bonusbot.core.approval.Approval;
import app.bonusbot.core.approval.ApprovalRepository;
import app.bonusbot.core.approval.ApprovalRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Approvals of periods' statements in the store (schema version 12): the requests, each manager's latest approval
 * with the figures it was given for, and the asks and daily reminders claimed. Every approval, and every approval a
 * change of the figures voided, is appended to the audit log in the same write.
 */
public final class ApprovalStore implements ApprovalRepository {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Database db;

    public ApprovalStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean request(String periodKey, Instant at, String actor) {
        return db.write(h -> {
            int inserted = h.createUpdate("""
                            INSERT INTO approval_requests (period_key, requested_at, requested_by) VALUES (:period, :at, :by)
                            ON CONFLICT (period_key) DO NOTHING""")
                    .bind("period", periodKey).bind("at", text(at)).bind("by", actor)
                    .execute();
            if (inserted == 1) {
                AuditLog.append(h, AuditEntry.of(at, actor, "approval_request").period(periodKey)
                        .detail("asked every manager of a team with statements in " + periodKey + " to approve them"));
            }
            return inserted == 1;
        });
    }

    /** A request whose period is closed (period_closes, state closed) is over: nobody is asked or reminded about it. */
    @Override
    public List<String> openRequests() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT r.period_key FROM approval_requests r
                        LEFT JOIN period_closes c ON c.period_key = r.period_key AND c.state = 'closed'
                        WHERE c.period_key IS NULL
                        ORDER BY r.requested_at, r.period_key""")
                .mapTo(String.class)
                .list());
    }

    @Override
    public Optional<ApprovalRequest> request(String periodKey) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT period_key, requested_at, requested_by FROM approval_requests WHERE period_key = :period")
                .bind("period", periodKey)
                .map((rs, ctx) -> new ApprovalRequest(rs.getString("period_key"), Instant.parse(rs.getString("requested_at")), rs.getString("requested_by")))
                .findOne());
    }

    @Override
    public List<Approval> approvals(String periodKey) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT period_key, team_id, manager_id, approved_at, approved_by, digest, totals FROM approvals
                        WHERE period_key = :period ORDER BY team_id, manager_id""")
                .bind("period", periodKey)
                .map((rs, ctx) -> new Approval(rs.getString("period_key"), rs.getString("team_id"), rs.getString("manager_id"),
                        Instant.parse(rs.getString("approved_at")), rs.getString("approved_by"), rs.getString("digest"), totals(rs.getString("totals"))))
                .list());
    }

    @Override
    public void approve(Approval approval) {
        db.useWrite(h -> {
            Optional<String> before = h.createQuery("SELECT digest FROM approvals WHERE period_key = :period AND team_id = :team AND manager_id = :manager")
                    .bind("period", approval.periodKey()).bind("team", approval.teamId()).bind("manager", approval.managerId())
                    .mapTo(String.class).findOne();
            h.createUpdate("""
                            INSERT INTO approvals (period_key, team_id, manager_id, approved_at, approved_by, digest, totals)
                            VALUES (:period, :team, :manager, :at, :by, :digest, :totals)
                            ON CONFLICT (period_key, team_id, manager_id) DO UPDATE
                            SET approved_at = excluded.approved_at, approved_by = excluded.approved_by, digest = excluded.digest, totals = excluded.totals""")
                    .bind("period", approval.periodKey()).bind("team", approval.teamId()).bind("manager", approval.managerId())
                    .bind("at", text(approval.approvedAt())).bind("by", approval.actor()).bind("digest", approval.digest())
                    .bind("totals", text(approval.totals()))
                    .execute();
            AuditLog.append(h, AuditEntry.of(approval.approvedAt(), approval.actor(), "approve").person(approval.managerId()).period(approval.periodKey())
                    .subject("team " + approval.teamId()).change(before.orElse(null), approval.digest())
                    .detail("approved the statements of team " + approval.teamId() + ": total " + approval.total().toPlainString() + " ("
                            + approval.totals().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toPlainString()).collect(Collectors.joining(", "))
                            + ")"));
        });
    }

    @Override
    public boolean claimAsk(String periodKey, String teamId, String managerId, String digest, Instant at, Optional<Approval> voided) {
        return db.write(h -> {
            int inserted = h.createUpdate("""
                            INSERT INTO approval_asks (period_key, team_id, digest, manager_id, asked_at) VALUES (:period, :team, :digest, :manager, :at)
                            ON CONFLICT (period_key, team_id, digest) DO NOTHING""")
                    .bind("period", periodKey).bind("team", teamId).bind("digest", digest).bind("manager", managerId).bind("at", text(at))
                    .execute();
            if (inserted == 1 && voided.isPresent()) {
                voided(h, voided.get(), digest, at);
            }
            return inserted == 1;
        });
    }

    private static void voided(Handle h, Approval approval, String digest, Instant at) {
        AuditLog.append(h, AuditEntry.of(at, "bonusbot", "approval_void").person(approval.managerId()).period(approval.periodKey())
                .subject("team " + approval.teamId()).change(approval.digest(), digest)
                .detail("the team's figures changed after the approval of " + text(approval.approvedAt()) + "; the manager is asked again"));
    }

    @Override
    public Optional<Instant> askedAt(String periodKey, String teamId, String digest) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT asked_at FROM approval_asks WHERE period_key = :period AND team_id = :team AND digest = :digest")
                .bind("period", periodKey).bind("team", teamId).bind("digest", digest)
                .mapTo(String.class)
                .findOne()
                .map(Instant::parse));
    }

    @Override
    public boolean claimReminder(String periodKey, String teamId, String managerId, LocalDate day, Instant at) {
        return db.write(h -> h.createUpdate("""
                        INSERT INTO approval_reminders (period_key, team_id, manager_id, day, reminded_at) VALUES (:period, :team, :manager, :day, :at)
                        ON CONFLICT (period_key, team_id, manager_id, day) DO NOTHING""")
                .bind("period", periodKey).bind("team", teamId).bind("manager", managerId).bind("day", day.toString()).bind("at", text(at))
                .execute()) == 1;
    }

    private static String text(Instant instant) {
        return INSTANT.format(instant);
    }

    private static String text(Map<String, BigDecimal> totals) {
        return new TreeMap<>(totals).entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toPlainString()).collect(Collectors.joining("\n"));
    }

    private static Map<String, BigDecimal> totals(String text) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int space = line.lastIndexOf(' ');
            if (space > 0) {
                totals.put(line.substring(0, space), new BigDecimal(line.substring(space + 1)));
            }
        }
        return totals;
    }
}
