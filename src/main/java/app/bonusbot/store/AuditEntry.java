package app.bonusbot.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit log: who did what, when, to whom and to which period, with the state before and after.
 *
 * @param id assigned by the store; 0 for an entry not yet appended
 * @param actor a person id, {@code cli}, {@code import} or {@code hubspot}
 * @param action a lower-case word such as {@code close}, {@code adjust}, {@code deal_changed}
 * @param personId null when the entry is about no one person
 * @param periodKey null when the entry is about no period
 */
public record AuditEntry(long id, Instant at, String actor, String action, String personId, String periodKey, String subject, String before,
        String after, String detail) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }

    /** An entry to append: the store gives it its id. */
    public static AuditEntry of(Instant at, String actor, String action) {
        return new AuditEntry(0, at, actor, action, null, null, null, null, null, null);
    }

    public AuditEntry person(String id) {
        return new AuditEntry(this.id, at, actor, action, id, periodKey, subject, before, after, detail);
    }

    public AuditEntry period(String key) {
        return new AuditEntry(id, at, actor, action, personId, key, subject, before, after, detail);
    }

    public AuditEntry subject(String what) {
        return new AuditEntry(id, at, actor, action, personId, periodKey, what, before, after, detail);
    }

    public AuditEntry change(String from, String to) {
        return new AuditEntry(id, at, actor, action, personId, periodKey, subject, from, to, detail);
    }

    public AuditEntry detail(String text) {
        return new AuditEntry(id, at, actor, action, personId, periodKey, subject, before, after, text);
    }
}
