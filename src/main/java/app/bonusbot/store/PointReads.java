package app.bonusbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.sql.DataSource;

/**
 * The one-row reads every answer makes (the data version, the asker's chat identity, the CRM sync's freshness), on
 * kept connections whose statements are prepared once. Through a Jdbi handle each cost a handle, a statement context
 * and a parse of named parameters: a fifth of an HTTP-mode answer's processor time, against a few microseconds for a
 * prepared statement run again. Each read runs in autocommit, so it sees every write committed before it, by any
 * process; in WAL mode (and in PostgreSQL) it never waits for a writer.
 */
final class PointReads implements AutoCloseable {

    /** Sets a statement's parameters. */
    @FunctionalInterface
    interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Reads the row the result set stands on. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** As many as threads answer at once on a small machine; more are opened when needed and closed after use. */
    private static final int KEPT = 8;

    private final DataSource dataSource;
    /** A reader idle longer than this is checked before use: a server restart takes longer. */
    private static final long CHECK_AFTER_IDLE_NANOS = 1_000_000_000L;

    private final ConcurrentLinkedDeque<Reader> idle = new ConcurrentLinkedDeque<>();
    private final boolean checkIdle;
    private volatile boolean closed;

    /** A connection with the statements prepared on it so far, used by one thread at a time. */
    private static final class Reader {
        final Connection connection;
        final Map<String, PreparedStatement> statements = new HashMap<>();
        long idleSinceNanos = System.nanoTime();

        Reader(Connection connection) {
            this.connection = connection;
        }

        PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement statement = statements.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                statements.put(sql, statement);
            }
            return statement;
        }
    }

    PointReads(DataSource dataSource) {
        this(dataSource, false);
    }

    /** @param checkIdle whether a connection idle for a while is checked before use (a server's, which may have restarted) */
    PointReads(DataSource dataSource, boolean checkIdle) {
        this.dataSource = dataSource;
        this.checkIdle = checkIdle;
    }

    /**
     * The first row the query finds, read by {@code row}; empty when it finds none. A connection found dead (its server
     * restarted) is replaced, with every idle one, and the read tried once more on a new one.
     */
    <T> Optional<T> one(String sql, Parameters parameters, Row<T> row) {
        try {
            return once(sql, parameters, row);
        } catch (StoreException e) {
            if (!StoreUnreachableException.isUnreachable(e)) {
                throw e;
            }
            forgetIdle();
            return once(sql, parameters, row);
        }
    }

    private <T> Optional<T> once(String sql, Parameters parameters, Row<T> row) {
        Reader reader = takeIdle();
        boolean healthy = true;
        try {
            if (reader == null) {
                reader = new Reader(dataSource.getConnection());
            }
            PreparedStatement statement = reader.statement(sql);
            statement.clearParameters();
            parameters.set(statement);
            // Closing the result set ends the statement's read transaction, so the next read sees newer writes.
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(row.read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            healthy = false;
            throw new StoreException("Cannot read the database: " + WriteTurns.reason(e), e);
        } finally {
            if (reader != null) {
                giveBack(reader, healthy);
            }
        }
    }

    /** An idle reader, checked first when it has been idle for a while; null when none is left. */
    private Reader takeIdle() {
        for (Reader reader = idle.pollFirst(); reader != null; reader = idle.pollFirst()) {
            try {
                if (!checkIdle || System.nanoTime() - reader.idleSinceNanos < CHECK_AFTER_IDLE_NANOS || reader.connection.isValid(2)) {
                    return reader;
                }
            } catch (SQLException e) {
                // Not valid either way.
            }
            quietlyClose(reader);
        }
        return null;
    }

    /** Closes the idle connections: a read found the server gone, so they are dead too. */
    void forgetIdle() {
        for (Reader reader = idle.pollFirst(); reader != null; reader = idle.pollFirst()) {
            quietlyClose(reader);
        }
    }

    private void giveBack(Reader reader, boolean healthy) {
        if (healthy && !closed && idle.size() < KEPT) {
            reader.idleSinceNanos = System.nanoTime();
            idle.addFirst(reader);
            // close() may have run meanwhile and missed this one.
            if (!closed || !idle.remove(reader)) {
                return;
            }
        }
        quietlyClose(reader);
    }

    @Override
    public void close() {
        closed = true;
        for (Reader reader = idle.pollFirst(); reader != null; reader = idle.pollFirst()) {
            quietlyClose(reader);
        }
    }

    private static void quietlyClose(Reader reader) {
        try {
            reader.connection.close();
        } catch (SQLException e) {
            // Closing a read-only use of the file: nothing was written that could be lost.
        }
    }
}
