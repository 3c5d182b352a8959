package app.bonusbot.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Whether the store can be reached, for a load balancer's health check that may ask many times a second: at most one
 * probe ({@link Database#answers}) a second, run on a thread of its own, and an asker waits for a running probe at most
 * {@value #WAIT_MILLIS} ms; a store that takes longer to answer {@code SELECT 1} counts as not reachable.
 */
public final class StoreProbe implements BooleanSupplier {

    static final long EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final long WAIT_MILLIS = 1000;

    private final BooleanSupplier answers;
    private CompletableFuture<Boolean> last;
    private long startedNanos;

    public StoreProbe(Database db) {
        this(db::answers);
    }

    StoreProbe(BooleanSupplier answers) {
        this.answers = answers;
    }

    /** True when the last probe, at most a second old, reached the store. */
    @Override
    public boolean getAsBoolean() {
        CompletableFuture<Boolean> probe;
        synchronized (this) {
            long now = System.nanoTime();
            if (last == null || last.isDone() && now - startedNanos >= EVERY_NANOS) {
                startedNanos = now;
                last = CompletableFuture.supplyAsync(answers::getAsBoolean, StoreProbe::onItsOwnThread);
            }
            probe = last;
        }
        try {
            return probe.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A probe stuck on an unanswering network holds up no one else: a thread of its own, at most one a second. */
    private static void onItsOwnThread(Runnable probe) {
        Thread thread = new Thread(probe, "store-probe");
        thread.setDaemon(true);
        thread.start();
    }
}
