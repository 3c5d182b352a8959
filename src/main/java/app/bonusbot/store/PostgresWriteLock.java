package app.bonusbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A transaction-scoped advisory lock of the store's schema, taken first in every write transaction: writers take
 * turns as they do on SQLite, whichever process (or replica) they are in, and the lock goes with the commit or
 * rollback, also when a process dies. {@code lock_timeout} bounds one try, after which PostgreSQL reports "lock not
 * available" and {@link WriteTurns} looks up whom it waits for, as with SQLite's busy timeout. Transactions run in
 * READ COMMITTED: each statement after the lock sees every write committed before it.
 */
final class PostgresWriteLock implements WriteLock {

    /** The advisory lock's first key, Bonusbot's own; the second is the schema's name hashed. */
    private static final int BONUSBOT_KEY = 0x426F6E75;
    /** Waits for and takes the lock, which the transaction's end gives back. */
    static final String TAKE = "SELECT pg_advisory_xact_lock(" + BONUSBOT_KEY + ", hashtext(current_schema()))";

    private final ReadConnections connections;

    /** @param connections kept connections for writes only (reads use another set, in another isolation level) */
    PostgresWriteLock(ReadConnections connections) {
        this.connections = connections;
    }

    @Override
    public Connection connect() throws SQLException {
        return connections.openConnection();
    }

    @Override
    public boolean lock(Connection connection, int waitMillis) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL lock_timeout = '" + Math.max(1, waitMillis) + "ms'");
            s.execute(TAKE);
            // The work's own statements wait for rows as long as the server is configured to (another tool's lock).
            s.execute("SET LOCAL lock_timeout = DEFAULT");
            return true;
        } catch (SQLException e) {
            connection.rollback();
            connection.setAutoCommit(true);
            if (StoreBusyException.isBusy(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void forgetKept() {
        connections.forgetIdle();
    }

    @Override
    public void release(Connection connection) {
        try {
            connections.closeConnection(connection);
        } catch (SQLException e) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing written can be lost: the transaction ended before the connection was given back.
            }
        }
    }
}
