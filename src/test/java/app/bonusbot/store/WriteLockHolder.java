package app.bonusbot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Another process's write transaction, as far as the store can tell: a plain JDBC connection to the same store that
 * takes the write lock (SQLite's {@code BEGIN IMMEDIATE}, PostgreSQL's advisory lock) and keeps it until closed, when
 * it rolls back. It names itself nowhere, like a {@code sqlite3} or {@code psql} shell or an older Bonusbot would.
 */
public final class WriteLockHolder implements AutoCloseable {

    private final Connection connection;

    private WriteLockHolder(Connection connection) {
        this.connection = connection;
    }

    public static WriteLockHolder on(StoreAddress store) {
        if (store instanceof StoreAddress.SqliteFile sqlite) {
            return on(sqlite.file());
        }
        StoreAddress.Postgres postgres = (StoreAddress.Postgres) store;
        try {
            Properties properties = new Properties();
            postgres.password().ifPresent(p -> properties.setProperty("password", p));
            Connection connection = DriverManager.getConnection(postgres.url(), properties);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute(PostgresWriteLock.TAKE);
            }
            return new WriteLockHolder(connection);
        } catch (SQLException e) {
            throw new AssertionError("could not take the write lock of " + store.describe(), e);
        }
    }

    public static WriteLockHolder on(Path file) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 10000");
                statement.execute("BEGIN IMMEDIATE");
            }
            return new WriteLockHolder(connection);
        } catch (SQLException e) {
            throw new AssertionError("could not take the write lock of " + file, e);
        }
    }

    @Override
    public void close() {
        try (connection) {
            if (connection.getAutoCommit()) {
                // SQLite's BEGIN IMMEDIATE, issued by hand
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ROLLBACK");
                }
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new AssertionError("could not give the write lock back", e);
        }
    }
}
