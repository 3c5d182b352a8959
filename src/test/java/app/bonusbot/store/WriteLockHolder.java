package app.bonusbot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Another process's write transaction, as far as SQLite can tell: a plain JDBC connection to the same file that takes
 * the write lock ({@code BEGIN IMMEDIATE}) and keeps it until closed, when it rolls back. It names itself nowhere,
 * like a {@code sqlite3} shell or an older Bonusbot would.
 */
public final class WriteLockHolder implements AutoCloseable {

    private final Connection connection;

    private WriteLockHolder(Connection connection) {
        this.connection = connection;
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
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            throw new AssertionError("could not give the write lock back", e);
        }
    }
}
