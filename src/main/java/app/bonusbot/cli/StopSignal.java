package app.bonusbot.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** When a long-running bot stops: at SIGTERM or Ctrl-C in production, when a test says so in tests. */
@FunctionalInterface
interface StopSignal {

    /**
     * How long the JVM is held open for a graceful stop: the scheduler's routine, then Discord's and Slack's answers
     * in flight, each of which takes at most some seconds. Service managers should allow longer (systemd: 90 s).
     */
    long STOP_BUDGET_SECONDS = 60;

    /** Blocks until the bot is to stop, then runs {@code stop} on the calling thread before the JVM may exit. */
    void awaitThen(Runnable stop) throws InterruptedException;

    /**
     * Waits for the JVM's shutdown (SIGTERM, SIGINT). The shutdown hook only wakes the caller and then holds the
     * JVM open until {@code stop} has finished, so the graceful stop runs in one place, on the caller's thread.
     */
    static StopSignal jvmShutdown() {
        return stop -> {
            CountDownLatch requested = new CountDownLatch(1);
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                requested.countDown();
                try {
                    stopped.await(STOP_BUDGET_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bonusbot-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                requested.await();
            } finally {
                try {
                    stop.run();
                } finally {
                    stopped.countDown();
                }
            }
        };
    }
}
