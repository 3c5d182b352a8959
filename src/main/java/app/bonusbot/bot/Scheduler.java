package app.bonusbot.bot;

import app.bonusbot.core.schedule.RetryLater;
import app.bonusbot.core.schedule.Routine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs routines at their scheduled times, in the bot process itself. Each run offers a routine only the latest
 * occurrence at or before now: after downtime the missed occurrence runs once, on start, and older ones are not
 * replayed. The routines make each occurrence happen exactly once across restarts and processes; this class only
 * avoids offering an occurrence again once its routine has settled it.
 *
 * <p>A routine that throws is logged and offered the same occurrence again after 1, 2, 4 … at most 60 minutes; it
 * never stops the loop or the other routines. The background loop sleeps until the earliest next occurrence, but never
 * longer than a minute, so that a changed system clock is noticed.
 */
public final class Scheduler implements AutoCloseable {

    static final Duration LONGEST_SLEEP = Duration.ofMinutes(1);
    static final Duration BUSY_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_BACKOFF = Duration.ofMinutes(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(Scheduler.class);

    /** What the scheduler knows of one routine's occurrences. */
    private static final class Entry {
        final Routine routine;
        Instant settled;
        Instant pending;
        Instant retryAt;
        int failures;

        Entry(Routine routine) {
            this.routine = routine;
        }
    }

    private final Clock clock;
    private final List<Entry> entries;
    private ScheduledExecutorService loop;
    private volatile boolean stopping;

    public Scheduler(Clock clock, List<? extends Routine> routines) {
        this.clock = clock;
        this.entries = routines.stream().map(Entry::new).toList();
    }

    /** Runs every routine whose latest occurrence at or before now it has not settled yet. */
    public synchronized void runDue() {
        Instant now = clock.instant();
        ZonedDateTime moment = now.atZone(clock.getZone());
        for (Entry entry : entries) {
            Optional<ZonedDateTime> due = entry.routine.schedule().latestAtOrBefore(moment);
            if (due.isEmpty()) {
                continue;
            }
            Instant occurrence = due.get().toInstant();
            if (occurrence.equals(entry.settled) || (occurrence.equals(entry.pending) && now.isBefore(entry.retryAt))) {
                continue;
            }
            run(entry, due.get(), now);
        }
    }

    private void run(Entry entry, ZonedDateTime occurrence, Instant now) {
        Instant at = occurrence.toInstant();
        try {
            entry.routine.run(occurrence);
            entry.settled = at;
            entry.pending = null;
            entry.failures = 0;
        } catch (RetryLater e) {
            entry.pending = at;
            entry.retryAt = now.plus(BUSY_RETRY);
            log.info("{} at {}: {}; asking again at {}", entry.routine.name(), occurrence, e.getMessage(), entry.retryAt);
        } catch (RuntimeException e) {
            entry.failures = at.equals(entry.pending) ? entry.failures + 1 : 1;
            entry.pending = at;
            entry.retryAt = now.plus(backoff(entry.failures));
            log.error("{} at {} failed (attempt {}); trying again at {}", entry.routine.name(), occurrence, entry.failures, entry.retryAt, e);
        }
    }

    /** 1, 2, 4 … minutes after the 1st, 2nd, 3rd … failure in a row, at most an hour. */
    static Duration backoff(int failures) {
        long minutes = 1L << Math.min(failures - 1, 6);
        return Duration.ofMinutes(Math.min(minutes, LONGEST_BACKOFF.toMinutes()));
    }

    /** When something may next be due: the earliest next occurrence or retry, but at most {@link #LONGEST_SLEEP} away. */
    synchronized Instant nextWake() {
        Instant now = clock.instant();
        ZonedDateTime moment = now.atZone(clock.getZone());
        Instant wake = now.plus(LONGEST_SLEEP);
        for (Entry entry : entries) {
            Optional<Instant> next = entry.routine.schedule().nextAfter(moment).map(ZonedDateTime::toInstant);
            if (next.isPresent() && next.get().isBefore(wake)) {
                wake = next.get();
            }
            if (entry.pending != null && entry.retryAt.isBefore(wake)) {
                wake = entry.retryAt;
            }
        }
        return wake.isBefore(now) ? now : wake;
    }

    /** Starts the background loop on a daemon thread: due routines run at once, then each at its time. */
    public synchronized void start() {
        if (loop != null) {
            throw new IllegalStateException("the scheduler is running already");
        }
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "bonusbot-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        loop = executor;
        executor.execute(this::tick);
    }

    private void tick() {
        try {
            runDue();
        } catch (RuntimeException e) {
            log.error("the scheduler's run failed; it goes on", e);
        } finally {
            if (!stopping) {
                long millis = Math.max(1, Duration.between(clock.instant(), nextWake()).toMillis());
                try {
                    loop.schedule(this::tick, millis, TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException e) {
                    // Stopped between the check and now: nothing more to run.
                }
            }
        }
    }

    /** Stops the loop, letting a routine that is running finish (for at most 30 seconds). */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = loop;
        }
        if (running == null) {
            return;
        }
        stopping = true;
        running.shutdown();
        try {
            if (!running.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("a scheduled routine was still running after {} s; interrupting it", STOP_GRACE.toSeconds());
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
