package app.bonusbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Consumer;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * Opens each kind of store as a {@link Database}: its data source and settings, its read connections and write lock,
 * and its migrations run, with a clear message naming the store when it cannot be opened.
 */
final class StoreOpening {

    /** For reads, which in WAL mode only wait while a checkpoint restarts the log: a moment. */
    private static final int BUSY_TIMEOUT_MILLIS = 5000;
    /** PostgreSQL 15: the oldest release the migrations are written for. */
    private static final int OLDEST_POSTGRES = 150000;

    private StoreOpening() {}

    static Database sqlite(Path file, Clock clock, Consumer<String> whileWaiting, WritePatience patience) {
        Path absolute = file.toAbsolutePath().normalize();
        StoreAddress address = new StoreAddress.SqliteFile(absolute);
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
        // Setting WAL on a file already in WAL mode is a no-op that takes no lock.
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        // A deferred transaction that reads and then writes fails at once with SQLITE_BUSY when another process
        // wrote in between; taking the write lock at BEGIN lets the writer wait its turn instead.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + absolute);
        // A read transaction (a snapshot of several tables) must not take the write lock at BEGIN, as the data
        // source's IMMEDIATE mode for writers would.
        ReadConnections reads = new ReadConnections(dataSource,
                fresh -> fresh.unwrap(SQLiteConnection.class).getConnectionConfig().setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED));
        Jdbi jdbi = Jdbi.create(reads);
        SqliteWriteLock writeLock = new SqliteWriteLock(dataSource, BUSY_TIMEOUT_MILLIS);
        WriteTurns turns = new WriteTurns(writeLock, jdbi, address, clock.getZone(), whileWaiting, patience);
        Connection[] keepAlive = new Connection[1];
        Database db = new Database(address, jdbi, clock, turns, reads, new PointReads(dataSource), () -> {
            writeLock.forgetKept();
            if (keepAlive[0] != null) {
                keepAlive[0].close();
            }
        });
        try {
            new Migrations(db).migrate();
        } catch (ConnectionException e) {
            // --db naming a text file or a directory: the person gets the file and SQLite's reason, not a trace.
            Throwable reason = e.getCause() == null ? e : e.getCause();
            throw new StoreException("Cannot open the database " + absolute + ": " + WriteTurns.reason(reason), e);
        }
        try {
            keepAlive[0] = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("Cannot open the database " + absolute + ": " + WriteTurns.reason(e), e);
        }
        return db;
    }

    static Database postgres(StoreAddress.Postgres address, Clock clock, Consumer<String> whileWaiting, WritePatience patience) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            dataSource.setURL(address.url());
        } catch (IllegalArgumentException e) {
            throw new StoreException("The database URL " + address.describe() + " is not a PostgreSQL URL Bonusbot can read: " + e.getMessage(), e);
        }
        address.password().ifPresent(dataSource::setPassword);
        String url = address.url().toLowerCase(Locale.ROOT);
        if (!url.contains("applicationname=")) {
            dataSource.setApplicationName("bonusbot");
        }
        // An import's batch of inserts goes to the server as a few multi-row statements rather than one round trip a row.
        if (!url.contains("rewritebatchedinserts=")) {
            dataSource.setReWriteBatchedInserts(true);
        }
        // A snapshot read (the company, a statement's tables) sees one committed state from its first statement on.
        ReadConnections reads = new ReadConnections(dataSource, fresh -> fresh.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ), true);
        ReadConnections writes = new ReadConnections(dataSource, fresh -> fresh.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED), true);
        Jdbi jdbi = Jdbi.create(reads);
        WriteTurns turns = new WriteTurns(new PostgresWriteLock(writes), jdbi, address, clock.getZone(), whileWaiting, patience);
        Database db = new Database(address, jdbi, clock, turns, reads, new PointReads(dataSource, true), writes::close);
        try {
            int version = jdbi.withHandle(h -> h.createQuery("SELECT current_setting('server_version_num')::int").mapTo(Integer.class).one());
            if (version < OLDEST_POSTGRES) {
                throw new StoreException("The database " + address.describe() + " runs PostgreSQL " + version / 10000 + "; Bonusbot needs PostgreSQL 15 or later.");
            }
            new Migrations(db).migrate();
        } catch (ConnectionException e) {
            Throwable reason = e.getCause() == null ? e : e.getCause();
            db.close();
            throw new StoreException("Cannot connect to the database " + address.describe() + ": " + WriteTurns.reason(reason), e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }
}
