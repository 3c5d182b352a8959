package app.bonusbot.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * The append-only audit log (schema version 10). A step that changes money or a case appends its entry in the
 * same transaction as the change itself ({@link #append(Handle, AuditEntry)}), so there is never a change without
 * its entry or an entry without its change. The table's triggers refuse updates and deletes.
 */
public final class AuditLog {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Database db;

    public AuditLog(Database db) {
        this.db = db;
    }

    /** Appends in a write of its own. */
    public AuditEntry append(AuditEntry entry) {
        return db.write(h -> append(h, entry));
    }

    /** Appends inside the caller's write, so the entry lands with the change it records or not at all. */
    public static AuditEntry append(Handle h, AuditEntry entry) {
        long id = h.createUpdate("""
                        INSERT INTO audit_log (at, actor, action, person_id, period_key, subject, before, after, detail)
                        VALUES (:at, :actor, :action, :person, :period, :subject, :before, :after, :detail)""")
                .bind("at", INSTANT.format(entry.at())).bind("actor", entry.actor()).bind("action", entry.action())
                .bind("person", entry.personId()).bind("period", entry.periodKey()).bind("subject", entry.subject())
                .bind("before", entry.before()).bind("after", entry.after()).bind("detail", entry.detail())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new AuditEntry(id, entry.at(), entry.actor(), entry.action(), entry.personId(), entry.periodKey(), entry.subject(), entry.before(),
                entry.after(), entry.detail());
    }

    /**
     * The entries in the order they were appended, oldest first.
     *
     * @param personId null for everyone
     * @param periodKey null for every period
     */
    public List<AuditEntry> read(String personId, String periodKey) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT id, at, actor, action, person_id, period_key, subject, before, after, detail FROM audit_log
                        WHERE (:person IS NULL OR person_id = :person) AND (:period IS NULL OR period_key = :period)
                        ORDER BY id""")
                .bind("person", personId).bind("period", periodKey)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), Instant.parse(rs.getString("at")), rs.getString("actor"), rs.getString("action"),
                        rs.getString("person_id"), rs.getString("period_key"), rs.getString("subject"), rs.getString("before"),
                        rs.getString("after"), rs.getString("detail")))
                .list());
    }
}
