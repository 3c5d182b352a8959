package app.bonusbot.store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * What the chat platforms delivered lately, by platform, kind and id (Slack's event ids, trigger ids and request
 * signatures, Discord's interaction ids), shared by every process on the store: a retry or replay that reaches another
 * process than the original is still recognised. The deliveries_seen table of the store (migration V16).
 *
 * <p>A claim is one statement: an INSERT that does nothing when the key is there and not yet expired, so two
 * processes claiming the same id at once get one yes between them, on SQLite and PostgreSQL alike. Expired rows are
 * deleted in passing, at most once a minute per process, in the same transaction.
 */
public final class DeliveriesSeen {

    /** What the store said about a delivery. */
    public enum Verdict {
        /** Nobody had it within its window: act on it. */
        FIRST,
        /** A process on this store had it already: acknowledge, do not act. */
        REPEAT,
        /** SQLite's write lock was taken (an import) and the answer could not wait: the caller decides alone. */
        UNDECIDED
    }

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    private final Database db;
    private volatile Instant nextSweep = Instant.MIN;

    public DeliveriesSeen(Database db) {
        this.db = db;
    }

    /**
     * Claims a delivery until {@code expiresAt}, after which the same id counts as new again. One small write; on
     * SQLite it waits for the write lock only a moment, since an answer is waiting for it.
     */
    public Verdict claim(String platform, String kind, String id, Instant expiresAt) {
        return claim(platform, kind, id, db.clock().instant(), expiresAt, h -> { });
    }

    /** As {@link #claim(String, String, String, Instant)}, until {@code keepFor} from now by the store's clock. */
    public Verdict claim(String platform, String kind, String id, Duration keepFor) {
        Instant now = db.clock().instant();
        return claim(platform, kind, id, now, now.plus(keepFor), h -> { });
    }

    /**
     * As {@link #claim(String, String, String, Instant)}, doing {@code whenFirst} in the same transaction when the
     * delivery is the first: what a process owes for it is recorded together with its claim, or not at all.
     */
    Verdict claim(String platform, String kind, String id, Instant expiresAt, Consumer<Handle> whenFirst) {
        return claim(platform, kind, id, db.clock().instant(), expiresAt, whenFirst);
    }

    private Verdict claim(String platform, String kind, String id, Instant now, Instant expiresAt, Consumer<Handle> whenFirst) {
        boolean sweep = !now.isBefore(nextSweep);
        Optional<Boolean> first = OneStatementClaim.runIfFree(db, h -> {
            if (sweep) {
                h.createUpdate("DELETE FROM deliveries_seen WHERE expires_at <= :now").bind("now", text(now)).execute();
            }
            boolean claimed = h.createUpdate("""
                            INSERT INTO deliveries_seen (platform, kind, id, seen_at, expires_at) VALUES (:platform, :kind, :id, :now, :expires)
                            ON CONFLICT (platform, kind, id) DO UPDATE SET seen_at = excluded.seen_at, expires_at = excluded.expires_at
                            WHERE deliveries_seen.expires_at <= excluded.seen_at""")
                    .bind("platform", platform).bind("kind", kind).bind("id", id).bind("now", text(now)).bind("expires", text(expiresAt.isAfter(now) ? expiresAt : now))
                    .execute() == 1;
            if (claimed) {
                whenFirst.accept(h);
            }
            return claimed;
        });
        if (first.isEmpty()) {
            return Verdict.UNDECIDED;
        }
        if (sweep) {
            nextSweep = now.plus(SWEEP_EVERY);
        }
        return first.get() ? Verdict.FIRST : Verdict.REPEAT;
    }

    /** Forgets a claim whose delivery turned out not to be one (Bolt refused the request), so it was never had. */
    public void forget(String platform, String kind, String id) {
        OneStatementClaim.runIfFree(db, h -> h.createUpdate("DELETE FROM deliveries_seen WHERE platform = :platform AND kind = :kind AND id = :id")
                .bind("platform", platform).bind("kind", kind).bind("id", id)
                .execute());
    }

    /** How many deliveries the store holds, expired ones not yet swept included. */
    public int size() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM deliveries_seen").mapTo(Integer.class).one());
    }

    private static String text(Instant instant) {
        return INSTANT.format(instant);
    }
}
