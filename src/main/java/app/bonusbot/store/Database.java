package app.bonusbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * The store behind the bot, migrated to the current schema: a SQLite file, or a PostgreSQL database
 * ({@link StoreAddress}). Every store takes one of these. Reads run on connections kept open for the life of the
 * Database ({@link ReadConnections}): opening one and parsing the schema measured as most of the time of a status
 * answer. With SQLite one more connection stays open throughout, because a WAL database whose last connection closes
 * is checkpointed and its shared-memory index rebuilt on the next open.
 *
 * <p>Several processes share the store (the bot, imports, CLI reads; on PostgreSQL several bot replicas). Reads never
 * wait for a writer. Writes go through {@link #write}, which waits its turn for the store's one write lock instead of
 * failing (see {@link WriteTurns}).
 */
public final class Database implements AutoCloseable {

    /** For reads, which in WAL mode only wait while a checkpoint restarts the log: a moment. */
    private static final int BUSY_TIMEOUT_MILLIS = 5000;
    /** How long a cache write may wait for the lock before it is skipped. */
    private static final int CACHE_WRITE_MILLIS = 200;
    /** PostgreSQL 15: the oldest release the migrations are written for. */
    private static final int OLDEST_POSTGRES = 150000;

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private final StoreAddress address;
    private final Jdbi jdbi;
    private final Clock clock;
    private final WriteTurns turns;
    private final GroupedClaims groupedClaims;
    private final ReadConnections reads;
    private final PointReads pointReads;
    /** What else closes with the store: SQLite's kept-alive connection, PostgreSQL's write connections. */
    private final AutoCloseable alsoKept;
    private volatile ClosedPeriodWatch closedPeriods = ClosedPeriodWatch.OFF;
    /** The answer this thread is working out, if any ({@link #readAsOne}). */
    private final ThreadLocal<AnswerScope> answering = new ThreadLocal<>();

    private Database(StoreAddress address, Jdbi jdbi, Clock clock, WriteTurns turns, ReadConnections reads, PointReads pointReads,
            AutoCloseable alsoKept) {
        this.address = address;
        this.jdbi = jdbi;
        this.clock = clock;
        this.turns = turns;
        this.groupedClaims = new GroupedClaims(work -> turns.takeIfFree(CACHE_WRITE_MILLIS, work));
        this.reads = reads;
        this.pointReads = pointReads;
        this.alsoKept = alsoKept;
    }

    /** Opens (creating it and its directories if needed) and migrates the database file. */
    public static Database open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps imports, history and cache entries. */
    public static Database open(Path file, Clock clock) {
        return open(file, clock, line -> log.info(line));
    }

    /**
     * @param whileWaiting told, in one line, when a write has to wait for another writer and whom for (once per holder)
     */
    public static Database open(Path file, Clock clock, Consumer<String> whileWaiting) {
        return open(new StoreAddress.SqliteFile(file), clock, whileWaiting);
    }

    static Database open(Path file, Clock clock, Consumer<String> whileWaiting, WritePatience patience) {
        return open(new StoreAddress.SqliteFile(file), clock, whileWaiting, patience);
    }

    /** Opens and migrates the store at the address: a SQLite file (created if needed) or a PostgreSQL database. */
    public static Database open(StoreAddress address, Clock clock) {
        return open(address, clock, line -> log.info(line));
    }

    /** @param whileWaiting as for {@link #open(Path, Clock, Consumer)} */
    public static Database open(StoreAddress address, Clock clock, Consumer<String> whileWaiting) {
        return open(address, clock, whileWaiting, WritePatience.DEFAULT);
    }

    static Database open(StoreAddress address, Clock clock, Consumer<String> whileWaiting, WritePatience patience) {
        if (address instanceof StoreAddress.Postgres postgres) {
            return openPostgres(postgres, clock, whileWaiting, patience);
        }
        return openSqlite(((StoreAddress.SqliteFile) address).file(), clock, whileWaiting, patience);
    }

    private static Database openSqlite(Path file, Clock clock, Consumer<String> whileWaiting, WritePatience patience) {
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
        } catch (org.jdbi.v3.core.ConnectionException e) {
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

    private static Database openPostgres(StoreAddress.Postgres address, Clock clock, Consumer<String> whileWaiting, WritePatience patience) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            dataSource.setURL(address.url());
        } catch (IllegalArgumentException e) {
            throw new StoreException("The database URL " + address.describe() + " is not a PostgreSQL URL Bonusbot can read: " + e.getMessage(), e);
        }
        address.password().ifPresent(dataSource::setPassword);
        if (!address.url().toLowerCase(java.util.Locale.ROOT).contains("applicationname=")) {
            dataSource.setApplicationName("bonusbot");
        }
        // An import's batch of inserts goes to the server as a few multi-row statements rather than one round trip a row.
        if (!address.url().toLowerCase(java.util.Locale.ROOT).contains("rewritebatchedinserts=")) {
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
        } catch (org.jdbi.v3.core.ConnectionException e) {
            Throwable reason = e.getCause() == null ? e : e.getCause();
            db.close();
            throw new StoreException("Cannot connect to the database " + address.describe() + ": " + WriteTurns.reason(reason), e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    @Override
    public void close() {
        try {
            pointReads.close();
            reads.close();
            alsoKept.close();
        } catch (Exception e) {
            throw new StoreException("Cannot close the database " + address.describe() + ": " + e.getMessage(), e);
        }
    }

    /** Where the store is (a SQLite file as an absolute path). */
    public StoreAddress address() {
        return address;
    }

    public Dialect dialect() {
        return address.dialect();
    }

    /** The SQLite file; empty for a PostgreSQL store. */
    public Optional<Path> file() {
        return address instanceof StoreAddress.SqliteFile sqlite ? Optional.of(sqlite.file()) : Optional.empty();
    }

    /** For reads, on kept connections (a handle gives its connection back when it closes). Writes go through {@link #write}. */
    public Jdbi jdbi() {
        return jdbi;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * From now on every write of deals in this process records, in its own transaction, the deals it changes in a
     * closed period, and runs {@code recheck} once it has committed: the changes after close become clawbacks and
     * top-ups. Without a call (the store alone, a benchmark) nothing is recorded.
     *
     * @param fiscalYear how the closed periods' keys are read
     */
    public void watchClosedPeriods(app.bonusbot.core.time.FiscalYear fiscalYear, Runnable recheck) {
        closedPeriods = new ClosedPeriodWatch(fiscalYear, recheck);
    }

    ClosedPeriodWatch closedPeriods() {
        return closedPeriods;
    }

    /** A one-row read on the answer path, without a Jdbi handle (see {@link PointReads}); inside an answer's transaction there. */
    <T> Optional<T> readOne(String sql, PointReads.Parameters parameters, PointReads.Row<T> row) {
        AnswerScope answer = answering.get();
        return answer != null ? answer.readOne(sql, parameters, row) : pointReads.one(sql, parameters, row);
    }

    /**
     * Works out an answer from one committed state of the store: every read the work makes on this thread (the data
     * version, the company, tallies, deals, closed periods, adjustments, the CRM's freshness) runs in one read-only
     * transaction, so a write committed meanwhile, by any process, is in none of them or, for the next answer, in all.
     * SQLite's read transaction keeps its snapshot of the file from its first read; PostgreSQL's runs in REPEATABLE READ.
     * The work must not write (a write goes through {@link #write} on a connection of its own, and this answer would not
     * see it). Called inside another, it joins that one.
     *
     * <p>A kept connection found dead (the server restarted) is replaced and the work run once more on a new one; if the
     * server cannot be reached then either, a {@link StoreUnreachableException} says so.
     */
    public <T> T readAsOne(Supplier<T> work) {
        if (answering.get() != null) {
            return work.get();
        }
        for (int tries = 1; ; tries++) {
            try {
                return inOneTransaction(work);
            } catch (RuntimeException e) {
                if (!StoreUnreachableException.isUnreachable(e)) {
                    throw e;
                }
                forgetKeptConnections();
                if (tries > 1) {
                    throw unreachable(e);
                }
            }
        }
    }

    private <T> T inOneTransaction(Supplier<T> work) {
        return jdbi.inTransaction(h -> {
            if (dialect() == Dialect.POSTGRESQL) {
                h.execute("SET TRANSACTION READ ONLY");
            }
            answering.set(new AnswerScope(h));
            try {
                return work.get();
            } finally {
                answering.remove();
            }
        });
    }

    /** The answer this thread is working out; null outside {@link #readAsOne}. */
    AnswerScope answering() {
        return answering.get();
    }

    /** After a connection was found dead: the idle ones were opened before, so they go too. */
    void forgetKeptConnections() {
        reads.forgetIdle();
        pointReads.forgetIdle();
        turns.forgetKeptConnections();
    }

    private StoreUnreachableException unreachable(Throwable e) {
        Throwable reason = e;
        while (reason.getCause() != null && !(reason instanceof java.sql.SQLException)) {
            reason = reason.getCause();
        }
        return new StoreUnreachableException("Cannot reach the database " + address.describe() + ": " + reason.getMessage(), e);
    }

    /**
     * Whether the store answers a trivial query now, on a kept connection or, if that one is dead, a new one: what a
     * load balancer's health check asks (see {@link StoreProbe}, which asks at most once a second).
     */
    public boolean answers() {
        try {
            return readOne("SELECT 1", s -> { }, row -> row.getInt(1)).isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs the work in one write transaction (all of it or nothing), once no other process is writing: waits for the
     * lock as long as {@link WritePatience} allows, then throws a {@link StoreBusyException} with nothing written.
     */
    public <T> T write(HandleCallback<T, RuntimeException> work) {
        return turns.take(work);
    }

    /** As {@link #write(HandleCallback)}, for work without a result. */
    public void useWrite(HandleConsumer<RuntimeException> work) {
        turns.take(h -> {
            work.useHandle(h);
            return null;
        });
    }

    /**
     * As {@link #write(HandleCallback)}, for a long write that names itself to those who wait for it.
     *
     * @param what e.g. {@code import of deals from big.csv}
     * @param landed whether the work's rows are in the database, asked when the commit reported an error
     */
    <T> T writeNamed(String what, HandleCallback<T, RuntimeException> work, Predicate<Handle> landed) {
        return turns.takeNamed(what, work, landed);
    }

    /** A write that may be skipped (a cache): done only if the lock is free within a moment; false when it was not. */
    /** This process's claims on a SQLite file, made together when they arrive together. */
    GroupedClaims groupedClaims() {
        return groupedClaims;
    }

    boolean writeIfFree(HandleConsumer<RuntimeException> work) {
        return turns.takeIfFree(CACHE_WRITE_MILLIS, h -> {
            work.useHandle(h);
            return null;
        });
    }

    public int schemaVersion() {
        return jdbi.withHandle(Migrations::recordedVersion);
    }

    /** True when there are neither deals nor people: a new database the app may seed with the demo company. */
    public boolean isEmpty() {
        return jdbi.withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM deals) + (SELECT COUNT(*) FROM people)")
                .mapTo(Long.class)
                .one()) == 0;
    }
}
