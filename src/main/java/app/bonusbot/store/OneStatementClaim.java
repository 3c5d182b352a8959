package app.bonusbot.store;

import java.util.Optional;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Runs a claim that one statement decides by itself (an INSERT on a key that does nothing on conflict), as the
 * deliveries and leases make them. On PostgreSQL the key decides, so the claim does not wait for the store's write
 * lock (an import may hold it for minutes): it runs in a READ COMMITTED transaction of its own, where a conflicting row
 * another process inserted meanwhile is waited for and seen rather than reported as a serialization failure. On
 * SQLite every write needs the file's one write lock, taken as for any write.
 */
final class OneStatementClaim {

    private OneStatementClaim() {}

    /** Runs the claim, waiting for SQLite's write lock as every write does. */
    static <T> T run(Database db, HandleCallback<T, RuntimeException> claim) {
        if (db.dialect() == Dialect.POSTGRESQL) {
            return db.jdbi().inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> claimed(h, claim));
        }
        return db.write(claim);
    }

    /** Runs the claim, or on SQLite nothing when the write lock is not free within a moment (an import holds it). */
    static <T> Optional<T> runIfFree(Database db, HandleCallback<T, RuntimeException> claim) {
        if (db.dialect() == Dialect.POSTGRESQL) {
            return Optional.of(db.jdbi().inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> claimed(h, claim)));
        }
        return db.groupedClaims().runIfFree(claim);
    }

    /**
     * On PostgreSQL a claim's commit does not wait for the disk: every process reads the claim from the server, which
     * has it from the moment of the commit, and a Slack command makes three claims, each of which would otherwise wait
     * for a flush of the write-ahead log. What this gives up is only a claim of the last moment before the server
     * itself crashes (not a bot process: a process that dies loses nothing), after which a retry of it could be
     * answered once more.
     */
    private static <T> T claimed(org.jdbi.v3.core.Handle h, HandleCallback<T, RuntimeException> claim) {
        h.execute("SET LOCAL synchronous_commit TO OFF");
        return claim.withHandle(h);
    }
}
