package app.bonusbot.crm.hubspot;

import app.bonusbot.core.schedule.EveryInterval;
import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.schedule.Schedule;
import app.bonusbot.store.Leases;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync in the bot process: a routine the scheduler runs every poll interval, and {@link #requestPass()} for an
 * immediate pass (a webhook). Passes run one at a time on a thread of their own, so a long full read never holds up
 * the scheduler's other routines; a pass asked for while one waits is the same pass. Of several bot processes on one
 * store only one syncs at a time: a pass first takes the store's {@link #LEASE} (and is skipped while another process
 * holds it), renews it while it runs, and gives it back after; a holder that dies stops renewing, and its lease runs
 * out after {@link #LEASE_LENGTH}.
 */
public final class BackgroundSync implements Routine, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundSync.class);

    /** The lease's name in the store. */
    public static final String LEASE = "hubspot sync";
    /** How long a lease holds without renewal: a dead holder keeps the others from syncing this long at most. */
    static final Duration LEASE_LENGTH = Duration.ofMinutes(2);

    private final HubSpotSync sync;
    private final Leases leases;
    private final String holder = Leases.thisProcess();
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "bonusbot-hubspot-lease");
        t.setDaemon(true);
        return t;
    });
    private final Schedule schedule;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "bonusbot-hubspot-sync");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean timedWaiting = new AtomicBoolean();
    private final AtomicBoolean askedWaiting = new AtomicBoolean();

    /** @param leases where the processes on the store take turns to sync */
    public BackgroundSync(HubSpotSync sync, ZoneId zone, Leases leases) {
        this.sync = sync;
        this.leases = leases;
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
                    passUnderLease(readArchived);
                } catch (RuntimeException e) {
                    log.error("HubSpot sync pass failed; the next one tries again", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            waiting.set(false);
        }
    }

    /** One pass, if this process gets the lease; another process's valid lease means that one syncs now. */
    private void passUnderLease(boolean readArchived) {
        if (!leases.take(LEASE, holder, LEASE_LENGTH)) {
            log.debug("HubSpot sync pass skipped: another bot process on the store is syncing");
            return;
        }
        long every = LEASE_LENGTH.toMillis() / 4;
        ScheduledFuture<?> renewing = renewals.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
        try {
            SyncReport report = sync.pass(readArchived);
            if (report.inserted() + report.updated() + report.removed() > 0) {
                log.info("{}", String.join("; ", report.lines()));
            }
        } finally {
            renewing.cancel(false);
            leases.giveBack(LEASE, holder);
        }
    }

    private void renew() {
        try {
            if (!leases.take(LEASE, holder, LEASE_LENGTH)) {
                log.warn("HubSpot sync: another bot process took the sync lease over while this pass ran (was this process stalled?)");
            }
        } catch (RuntimeException e) {
            log.warn("HubSpot sync: the lease could not be renewed ({}); trying again shortly", e.getMessage());
        }
    }

    @Override
    public void close() {
        renewals.shutdownNow();
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
