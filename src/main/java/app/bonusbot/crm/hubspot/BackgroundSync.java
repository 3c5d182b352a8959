package app.bonusbot.crm.hubspot;

import app.bonusbot.core.schedule.EveryInterval;
import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.schedule.Schedule;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync in the bot process: a routine the scheduler runs every poll interval, and {@link #requestPass()} for an
 * immediate pass (a webhook). Passes run one at a time on a thread of their own, so a long full read never holds up
 * the scheduler's other routines; a pass asked for while one waits is the same pass.
 */
public final class BackgroundSync implements Routine, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundSync.class);

    private final HubSpotSync sync;
    private final Schedule schedule;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "bonusbot-hubspot-sync");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean timedWaiting = new AtomicBoolean();
    private final AtomicBoolean askedWaiting = new AtomicBoolean();

    public BackgroundSync(HubSpotSync sync, ZoneId zone) {
        this.sync = sync;
        this.schedule = new EveryInterval(sync.pollInterval(), zone);
    }

    public HubSpotSync sync() {
        return sync;
    }

    @Override
    public String name() {
        return "hubspot sync";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    /** Queues a timed pass; returns at once. */
    @Override
    public void run(ZonedDateTime occurrence) {
        queue(timedWaiting, false);
    }

    /** An incremental pass now (with the deleted deals), e.g. because HubSpot said a deal changed; returns at once. */
    public void requestPass() {
        queue(askedWaiting, true);
    }

    private void queue(AtomicBoolean waiting, boolean readArchived) {
        if (!waiting.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> {
                waiting.set(false);
                try {
                    SyncReport report = sync.pass(readArchived);
                    if (report.inserted() + report.updated() + report.removed() > 0) {
                        log.info("{}", String.join("; ", report.lines()));
                    }
                } catch (RuntimeException e) {
                    log.error("HubSpot sync pass failed; the next one tries again", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            waiting.set(false);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
