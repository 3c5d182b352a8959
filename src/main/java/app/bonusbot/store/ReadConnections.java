package app.bonusbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * The connections reads run on: kept open and handed out again, so that a command does not pay for opening SQLite
 * and parsing the schema (or for a PostgreSQL connection's start) once per statement. A Jdbi handle takes one for its
 * life and gives it back when it closes; up to {@link #KEPT} wait idle, more are opened when many threads read at once
 * (never waited for). In WAL mode SQLite's readers never wait for a writer, and SQLite's writes do not use them
 * ({@link WriteTurns} has its own); PostgreSQL's writes take theirs from a second set of these.
 */
final class ReadConnections implements ConnectionFactory {

    /** Enough for the HTTP server's and the scheduler's threads on a small machine; more are opened and closed. */
    static final int KEPT = 8;

    /** What a new connection needs before its first use. */
    @FunctionalInterface
    interface Setup {
        void prepare(Connection fresh) throws SQLException;
    }

    private final DataSource dataSource;
    private final Setup setup;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ReadConnections(DataSource dataSource, Setup setup) {
        this.dataSource = dataSource;
        this.setup = setup;
    }

    @Override
    public Connection openConnection() throws SQLException {
        synchronized (this) {
            Connection kept = idle.pollFirst();
            if (kept != null) {
                return kept;
            }
        }
        Connection fresh = dataSource.getConnection();
        try {
            setup.prepare(fresh);
        } catch (SQLException e) {
            fresh.close();
            throw e;
        }
        return fresh;
    }

    @Override
    public void closeConnection(Connection connection) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        if (!connection.getAutoCommit()) {
            // Left in a transaction by a failed read: end it, so that the next reader sees the newest data.
            connection.rollback();
            connection.setAutoCommit(true);
        }
        synchronized (this) {
            if (!closed && idle.size() < KEPT) {
                idle.addFirst(connection);
                return;
            }
        }
        connection.close();
    }

    /** Closes the idle connections; one still in use is closed when it is given back. */
    void close() throws SQLException {
        SQLException failed = null;
        synchronized (this) {
            closed = true;
            for (Connection c : idle) {
                try {
                    c.close();
                } catch (SQLException e) {
                    failed = e;
                }
            }
            idle.clear();
        }
        if (failed != null) {
            throw failed;
        }
    }
}
