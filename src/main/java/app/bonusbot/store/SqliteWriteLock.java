package app.bonusbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite's one write lock per file, taken at BEGIN (IMMEDIATE), on a connection of the write's own. The transaction
 * is the driver's (sqlite-jdbc): autocommit off begins it, commit ends it. That driver begins the next transaction
 * right after a commit or rollback, in the connection's transaction mode; left IMMEDIATE, that begin would wait for
 * (and could fail on) the lock a waiting writer has just taken, making a committed import report an error. Once the
 * lock is ours the connection is switched to DEFERRED, whose begin takes no lock.
 *
 * <p>The connection of a write that ended cleanly is kept for the next one: {@link WriteTurns} lets this process's
 * writers take their turns one at a time, so one kept connection serves them all, and a claim on the answer path
 * (a few in each Slack command) does not pay for opening the file and setting it up every time.
 */
final class SqliteWriteLock implements WriteLock {

    private final SQLiteDataSource dataSource;
    private final int busyTimeoutMillis;
    private Connection kept;

    /** @param busyTimeoutMillis how long a statement of the write may wait inside SQLite (a checkpoint) */
    SqliteWriteLock(SQLiteDataSource dataSource, int busyTimeoutMillis) {
        this.dataSource = dataSource;
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    @Override
    public synchronized Connection connect() throws SQLException {
        Connection connection = kept;
        kept = null;
        return connection != null && !connection.isClosed() ? connection : dataSource.getConnection();
    }

    @Override
    public boolean lock(Connection connection, int waitMillis) throws SQLException {
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
        // A kept connection was left DEFERRED by its last write; this begin must take the lock.
        sqlite.getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        sqlite.setBusyTimeout(waitMillis);
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            if (StoreBusyException.isBusy(e)) {
                return false;
            }
            throw e;
        }
        sqlite.getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);
        sqlite.setBusyTimeout(busyTimeoutMillis);
        return true;
    }

    /** Keeps a connection whose transaction ended (autocommit back on); closes any other, and a second one. */
    @Override
    public void release(Connection connection) {
        synchronized (this) {
            try {
                if (kept == null && !connection.isClosed() && connection.getAutoCommit()) {
                    kept = connection;
                    return;
                }
            } catch (SQLException e) {
                // A connection that cannot say its state is not kept.
            }
        }
        close(connection);
    }

    @Override
    public void forgetKept() {
        Connection connection;
        synchronized (this) {
            connection = kept;
            kept = null;
        }
        if (connection != null) {
            close(connection);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing rolls back whatever is still open; a failure to close leaves nothing to act on.
        }
    }
}
