package app.bonusbot.store;

import java.nio.file.Path;
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

    /** How long a cache write may wait for the lock before it is skipped. */
    private static final int CACHE_WRITE_MILLIS = 200;
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

    Database(StoreAddress address, Jdbi jdbi, Clock clock, WriteTurns turns, ReadConnections reads, PointReads pointReads,
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
            return StoreOpening.postgres(postgres, clock, whileWaiting, patience);
        }
        return StoreOpening.sqlite(((StoreAddress.SqliteFile) address).file(), clock, whileWaiting, patience);
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

    /** This process's claims on a SQLite file, made together when they arrive together. */
    GroupedClaims groupedClaims() {
        return groupedClaims;
    }

    /** A write that may be skipped (a cache): done only if the lock is free within a moment; false when it was not. */
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
