package app.bonusbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The SQLite file behind the bot, migrated to the current schema. Every store takes one of these. Each unit of work
 * opens its own connection (no pool); one more connection stays open for the life of the Database, because a WAL
 * database whose last connection closes is checkpointed and its shared-memory index rebuilt on the next open,
 * which measured as most of the time of a status answer.
 */
public final class Database implements AutoCloseable {

    private static final int BUSY_TIMEOUT_MILLIS = 5000;

    private final Path file;
    private final Jdbi jdbi;
    private final Clock clock;
    private final Connection keepAlive;

    private Database(Path file, Jdbi jdbi, Clock clock, Connection keepAlive) {
        this.file = file;
        this.jdbi = jdbi;
        this.clock = clock;
        this.keepAlive = keepAlive;
    }

    /** Opens (creating it and its directories if needed) and migrates the database file. */
    public static Database open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps imports, history and cache entries. */
    public static Database open(Path file, Clock clock) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot create the directory for the database " + absolute + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // A deferred transaction that reads and then writes fails at once with SQLITE_BUSY when another process
        // wrote in between; taking the write lock at BEGIN lets the busy timeout do its job instead.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + absolute);
        Jdbi jdbi = Jdbi.create(dataSource);
        new Migrations(jdbi, clock).migrate(absolute);
        try {
            return new Database(absolute, jdbi, clock, dataSource.getConnection());
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + absolute + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            keepAlive.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the database " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Clock clock() {
        return clock;
    }

    public int schemaVersion() {
        return jdbi.withHandle(Migrations::currentVersion);
    }

    /** True when there are neither deals nor people: a new database the app may seed with the demo company. */
    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM deals) + (SELECT COUNT(*) FROM people)")
                .mapTo(Long.class)
                .one()) == 0;
    }
}
