package app.bonusbot.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How a write transaction takes the store's one write lock ({@link WriteTurns} waits its turn through this). Both
 * stores let one writer at a time work, so that every store's read-then-write (an id after the greatest, a claim, a
 * tally) means the same on both.
 */
interface WriteLock {

    /** A connection for one write transaction. */
    Connection connect() throws SQLException;

    /**
     * Begins the transaction and takes the lock in it: false (nothing begun) when another writer kept the lock for
     * {@code waitMillis}.
     */
    boolean lock(Connection connection, int waitMillis) throws SQLException;

    /** Done with a connection, after its commit or rollback (or a lock not had). */
    void release(Connection connection);

    /** Closes the idle kept connections, after one was found dead (a server's restart); none are kept for SQLite's. */
    default void forgetKept() {
    }
}
