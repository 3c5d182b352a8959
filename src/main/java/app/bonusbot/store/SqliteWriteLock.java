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
 */
final class SqliteWriteLock implements WriteLock {

    private final SQLiteDataSource dataSource;
    private final int busyTimeoutMillis;

    /** @param busyTimeoutMillis how long a statement of the write may wait inside SQLite (a checkpoint) */
    SqliteWriteLock(SQLiteDataSource dataSource, int busyTimeoutMillis) {
        this.dataSource = dataSource;
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    @Override
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public boolean lock(Connection connection, int waitMillis) throws SQLException {
        SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
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

    @Override
    public void release(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing rolls back whatever is still open; a failure to close leaves nothing to act on.
        }
    }
}
