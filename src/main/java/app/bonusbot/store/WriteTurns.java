package app.bonusbot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;

/**
 * Write transactions that wait their turn. The store has one write lock (SQLite's per file, see
 * {@link SqliteWriteLock}; an advisory lock on PostgreSQL, see {@link PostgresWriteLock}); a write transaction takes it
 * first. Instead of a lock timeout after which the write fails, a writer tries for a short while, then looks up who
 * holds the lock, says so once, and tries again, until the holder is done or it has waited as long as
 * {@link WritePatience} allows. A long writer (an import) names itself in the writers table in a short transaction of
 * its own first, so that those who wait for it can say whom for.
 *
 * <p>This process's writers queue for their turn here first, in the order they came, and only the first of them asks
 * the store's lock: SQLite's busy handler waits by sleeping (up to 25 ms a time), so a dozen answer threads each
 * claiming a delivery would otherwise sleep past each other's turns, and PostgreSQL's advisory lock would be tried
 * by every one of them.
 */
final class WriteTurns {

    /** How long one try waits inside SQLite before the holder is looked up again. */
    private static final int TRY_MILLIS = 500;

    private final WriteLock lock;
    private final Jdbi jdbi;
    private final StoreAddress store;
    private final ZoneId zone;
    private final Consumer<String> whileWaiting;
    private final WritePatience patience;
    /** Writers' rows describe real processes in real time; the application's clock may be a fixed --today. */
    private final Clock wallClock = Clock.systemUTC();
    /** This process's turn, fair so that the writers of this process are served in the order they came. */
    private final ReentrantLock thisProcess = new ReentrantLock();
    /** The connection of the write this thread is in, for {@link #onWriteConnection}. */
    private final ThreadLocal<Connection> writing = new ThreadLocal<>();
    /**
     * Hands out a handle on the write's own connection and leaves closing it to the write lock: one Jdbi for every
     * write, since setting one up costs more than a claim's insert.
     */
    private final Jdbi onWriteConnection = Jdbi.create(new ConnectionFactory() {
        @Override
        public Connection openConnection() {
            return writing.get();
        }

        @Override
        public void closeConnection(Connection connection) {
            // The write lock releases (or keeps) it.
        }
    });

    WriteTurns(WriteLock lock, Jdbi jdbi, StoreAddress store, ZoneId zone, Consumer<String> whileWaiting, WritePatience patience) {
        this.lock = lock;
        this.jdbi = jdbi;
        this.store = store;
        this.zone = zone;
        this.whileWaiting = whileWaiting;
        this.patience = patience;
    }

    /** Runs the work in one write transaction, once it is this writer's turn. */
    <T> T take(HandleCallback<T, RuntimeException> work) {
        return run(new Waiting(null), work, null);
    }

    /**
     * As {@link #take}, for a long writer: named in the writers table while it waits and writes.
     *
     * @param landed asked, on a connection of its own, when the commit reported an error: true when the work's rows are
     *     in after all, and the work's result then stands
     */
    <T> T takeNamed(String what, HandleCallback<T, RuntimeException> work, Predicate<Handle> landed) {
        Writer self = Writer.thisProcess(what, wallClock.instant());
        Waiting waiting = new Waiting(self.token());
        run(waiting, h -> {
            WritersTable.add(h, self, wallClock.instant(), patience.namedWriter());
            return null;
        }, null);
        try {
            // The name goes with the work's own commit: nobody waits to take it back after the work is done.
            return run(waiting, h -> {
                T result = work.withHandle(h);
                WritersTable.remove(h, self.token());
                return result;
            }, landed);
        } catch (RuntimeException e) {
            try {
                takeIfFree(TRY_MILLIS, h -> {
                    WritersTable.remove(h, self.token());
                    return null;
                });
            } catch (RuntimeException notRemoved) {
                e.addSuppressed(notRemoved);
            }
            // Left in place when the lock was taken meanwhile: the row is stale once this process ends.
            throw e;
        }
    }

    /** Runs the work only if the lock can be had within {@code millis}; false (and nothing written) when not. */
    boolean takeIfFree(int millis, HandleCallback<Void, RuntimeException> work) {
        return attempt(millis, work, null).took();
    }

    private <T> T run(Waiting waiting, HandleCallback<T, RuntimeException> work, Predicate<Handle> landed) {
        while (true) {
            Attempt<T> attempt = attempt(TRY_MILLIS, work, landed);
            if (attempt.took()) {
                return attempt.result();
            }
            waiting.stillBusy();
        }
    }

    private record Attempt<T>(boolean took, T result) {}

    private <T> Attempt<T> attempt(int waitMillis, HandleCallback<T, RuntimeException> work, Predicate<Handle> landed) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        try {
            if (!thisProcess.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
                return new Attempt<>(false, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreBusyException("Stopped while waiting for another writer to finish. Nothing was written.");
        }
        try {
            int left = (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            return attemptInTurn(left, work, landed);
        } finally {
            thisProcess.unlock();
        }
    }

    private <T> Attempt<T> attemptInTurn(int waitMillis, HandleCallback<T, RuntimeException> work, Predicate<Handle> landed) {
        Connection connection = locked(waitMillis);
        if (connection == null) {
            return new Attempt<>(false, null);
        }
        writing.set(connection);
        try {
            Handle h = onWriteConnection.open();
            T result;
            try {
                result = work.withHandle(h);
            } catch (RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            }
            try {
                connection.commit();
                connection.setAutoCommit(true);
                h.close();
            } catch (SQLException e) {
                rollbackQuietly(connection);
                if (landed != null && jdbi.withHandle(landed::test)) {
                    return new Attempt<>(true, result);
                }
                throw new StoreException("The database " + store.describe() + " did not take the write: " + reason(e), e);
            }
            return new Attempt<>(true, result);
        } finally {
            writing.remove();
            lock.release(connection);
        }
    }

    /**
     * A connection holding the write lock; null when another writer kept it for {@code waitMillis}. A kept connection
     * found dead as the transaction begins (the server restarted since) is replaced, with the other idle ones, and the
     * lock tried once more: nothing of the work has run yet.
     */
    private Connection locked(int waitMillis) {
        for (int tries = 1; ; tries++) {
            Connection connection = connect();
            try {
                if (lock.lock(connection, waitMillis)) {
                    return connection;
                }
                lock.release(connection);
                return null;
            } catch (SQLException e) {
                lock.release(connection);
                if (!StoreUnreachableException.isUnreachable(e)) {
                    throw new StoreException("Cannot write to the database " + store.describe() + ": " + reason(e), e);
                }
                lock.forgetKept();
                if (tries > 1) {
                    throw new StoreUnreachableException("Cannot reach the database " + store.describe() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** After a connection was found dead: the idle ones were opened before, so they go too. */
    void forgetKeptConnections() {
        lock.forgetKept();
    }

    private Connection connect() {
        try {
            return lock.connect();
        } catch (SQLException e) {
            if (StoreUnreachableException.isUnreachable(e)) {
                throw new StoreUnreachableException("Cannot reach the database " + store.describe() + ": " + e.getMessage(), e);
            }
            throw new StoreException("Cannot open the database " + store.describe() + ": " + reason(e), e);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // Nothing open to roll back (the failed step ended it); closing the connection ends anything left.
        }
    }

    /** The database's own words, except for busy, which a person reads as "busy" whatever the database calls it. */
    static String reason(Throwable e) {
        if (StoreBusyException.isBusy(e)) {
            return "it was busy with another writer";
        }
        return e.getMessage();
    }

    /** One writer's wait: whom for, told once per holder, and for how long it may go on. */
    private final class Waiting {

        private final String ownToken;
        private final Instant since = wallClock.instant();
        private Instant unnamedSince;
        private String told;

        Waiting(String ownToken) {
            this.ownToken = ownToken;
        }

        void stillBusy() {
            Instant now = wallClock.instant();
            Optional<Writer> holder = jdbi.withHandle(h -> WritersTable.all(h, store.dialect())).stream()
                    .filter(w -> !w.token().equals(ownToken))
                    .filter(w -> !w.isStale(now, patience.namedWriter()))
                    .min(Comparator.comparing(Writer::startedAt));
            String whom = holder.map(w -> w.describe(zone)).orElse(null);
            if (holder.isPresent()) {
                unnamedSince = null;
                giveUpAfter(since, patience.namedWriter(), now, ": " + whom);
            } else {
                unnamedSince = unnamedSince == null ? now : unnamedSince;
                giveUpAfter(unnamedSince, patience.unnamedWriter(), now, " with " + store.describe() + " (it did not say who it is)");
            }
            String line = "Waiting for another writer to finish" + (whom == null ? " with " + store.describe() : ": " + whom) + " …";
            if (!line.equals(told)) {
                told = line;
                whileWaiting.accept(line);
            }
        }

        private void giveUpAfter(Instant from, Duration patience, Instant now, String whom) {
            if (Duration.between(from, now).compareTo(patience) > 0) {
                throw new StoreBusyException("Gave up waiting after " + words(patience) + " for another writer to finish" + whom
                        + ". Nothing was written; try again once it is done.");
            }
        }
    }

    /** 1 h, 2 min, 30 s, 500 ms. */
    static String words(Duration d) {
        if (d.toMillis() % 3_600_000 == 0) {
            return d.toHours() + " h";
        }
        if (d.toMillis() % 60_000 == 0) {
            return d.toMinutes() + " min";
        }
        if (d.toMillis() % 1000 == 0) {
            return d.toSeconds() + " s";
        }
        return d.toMillis() + " ms";
    }
}
