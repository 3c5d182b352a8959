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
            return db.jdbi().inTransaction(TransactionIsolationLevel.READ_COMMITTED, claim);
        }
        return db.write(claim);
    }

    /** Runs the claim, or on SQLite nothing when the write lock is not free within a moment (an import holds it). */
    static <T> Optional<T> runIfFree(Database db, HandleCallback<T, RuntimeException> claim) {
        if (db.dialect() == Dialect.POSTGRESQL) {
            return Optional.of(db.jdbi().inTransaction(TransactionIsolationLevel.READ_COMMITTED, claim));
        }
        Object[] result = new Object[1];
        if (!db.writeIfFree(h -> result[0] = claim.withHandle(h))) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T claimed = (T) result[0];
        return Optional.of(claimed);
    }
}
