package app.bonusbot.chat.slack.transport;

import java.time.Duration;

/** Counts the requests being handled, so a graceful stop can wait for them instead of cutting them off. */
final class InFlight {

    private int count;

    synchronized void enter() {
        count++;
    }

    synchronized void exit() {
        count--;
        if (count == 0) {
            notifyAll();
        }
    }

    synchronized int count() {
        return count;
    }

    /** True when nothing was in flight before the timeout ran out. */
    synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
