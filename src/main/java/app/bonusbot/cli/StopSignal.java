package app.bonusbot.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** When a long-running bot stops: at SIGTERM or Ctrl-C in production, when a test says so in tests. */
@FunctionalInterface
interface StopSignal {

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
                    stopped.await(30, TimeUnit.SECONDS);
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
