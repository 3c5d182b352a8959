package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.imports.ImportResult;
import app.bonusbot.store.ImportKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@code bonusbot import deals} of another process, as SQLite sees it: its own Application on the same configuration
 * and database file, held still inside its write transaction (after its first rows, with the write lock) until the
 * test lets it go on. Holding the lock for as long as the test needs is what a large import does for its seconds.
 */
final class PausedImport implements AutoCloseable {

    private final CountDownLatch inside = new CountDownLatch(1);
    private final CountDownLatch goOn = new CountDownLatch(1);
    private final CompletableFuture<ImportResult> running;

    private PausedImport(InProcessCli store, Path file) {
        running = CompletableFuture.supplyAsync(() -> {
            try (Application app = Application.open(store.config(), store.db(),
                    zone -> Clock.fixed(LocalDate.parse(InProcessCli.TODAY).atTime(LocalTime.NOON).atZone(zone).toInstant(), zone), false)) {
                return app.importer(ImportKind.DEALS).importFile(file, (done, total) -> {
                    inside.countDown();
                    try {
                        goOn.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Starts the import and returns once it is inside its transaction. */
    static PausedImport start(InProcessCli store, Path file) throws Exception {
        PausedImport paused = new PausedImport(store, file);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!paused.inside.await(20, TimeUnit.MILLISECONDS)) {
            if (paused.running.isDone()) {
                throw new AssertionError("the import ended before it held the lock: " + paused.running.get());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the import did not reach its transaction within 60 s");
            }
        }
        return paused;
    }

    /** Lets the import go on and returns its result. */
    ImportResult finish() throws Exception {
        goOn.countDown();
        return running.get(120, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        goOn.countDown();
    }
}
