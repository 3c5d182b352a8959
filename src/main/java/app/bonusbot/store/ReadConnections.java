package app.bonusbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.sql.DataSource;
import org.jdbi.v3.core.ConnectionFactory;

/**
 * The connections reads run on: kept open and handed out again, so that a command does not pay for opening SQLite
 * and parsing the schema (or for a PostgreSQL connection's start) once per statement. A Jdbi handle takes one for its
 * life and gives it back when it closes; up to {@link #KEPT} wait idle, more are opened when many threads read at once
 * (never waited for). In WAL mode SQLite's readers never wait for a writer, and SQLite's writes do not use them
 * ({@link WriteTurns} has its own); PostgreSQL's writes take theirs from a second set of these.
 *
 * <p>A kept PostgreSQL connection dies with its server (a restart, a failover). One that has been idle for a while is
 * checked before it is handed out again, and {@link #forgetIdle} drops every idle one once a read found its connection
 * dead, so that the retry (see {@link Database#readAsOne}) and the reads after it get new ones.
 */
final class ReadConnections implements ConnectionFactory {

    /** Enough for the HTTP server's and the scheduler's threads on a small machine; more are opened and closed. */
    static final int KEPT = 8;
    /** A kept connection idle longer than this is checked before use: a server restart takes longer. */
    private static final long CHECK_AFTER_IDLE_NANOS = 1_000_000_000L;
    private static final int CHECK_SECONDS = 2;

    /** What a new connection needs before its first use. */
    @FunctionalInterface
    interface Setup {
        void prepare(Connection fresh) throws SQLException;
    }

    private record Idle(Connection connection, long sinceNanos) {}

    private final DataSource dataSource;
    private final Setup setup;
    /** False for SQLite: a file does not go away under an open connection. */
    private final boolean checkIdle;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private boolean closed;

    ReadConnections(DataSource dataSource, Setup setup) {
        this(dataSource, setup, false);
    }

    /** @param checkIdle whether a connection idle for a while is checked before it is handed out (a server's) */
    ReadConnections(DataSource dataSource, Setup setup, boolean checkIdle) {
        this.dataSource = dataSource;
        this.setup = setup;
        this.checkIdle = checkIdle;
    }

    @Override
    public Connection openConnection() throws SQLException {
        while (true) {
            Idle kept;
            synchronized (this) {
                kept = idle.pollFirst();
            }
            if (kept == null) {
                break;
            }
            if (!checkIdle || System.nanoTime() - kept.sinceNanos() < CHECK_AFTER_IDLE_NANOS || kept.connection().isValid(CHECK_SECONDS)) {
                return kept.connection();
            }
            // Dead: the server went away since it was kept, so every connection kept before it is dead too.
            quietlyClose(kept.connection());
            forgetIdle();
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
        try {
            if (!connection.getAutoCommit()) {
                // Left in a transaction by a failed read: end it, so that the next reader sees the newest data.
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // A connection that cannot even end its transaction (its server went away) is not kept.
            quietlyClose(connection);
            return;
        }
        synchronized (this) {
            if (!closed && idle.size() < KEPT) {
                idle.addFirst(new Idle(connection, System.nanoTime()));
                return;
            }
        }
        connection.close();
    }

    /** Closes every idle connection: they were opened before a failure that showed the server gone. */
    void forgetIdle() {
        List<Idle> gone;
        synchronized (this) {
            gone = new ArrayList<>(idle);
            idle.clear();
        }
        gone.forEach(i -> quietlyClose(i.connection()));
    }

    /** Closes the idle connections; one still in use is closed when it is given back. */
    void close() throws SQLException {
        SQLException failed = null;
        synchronized (this) {
            closed = true;
            for (Idle i : idle) {
                try {
                    i.connection().close();
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

    private static void quietlyClose(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Already dead: nothing written can be lost, as the transaction ended or never began.
        }
    }
}
