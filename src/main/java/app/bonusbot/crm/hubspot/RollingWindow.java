package app.bonusbot.crm.hubspot;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * At most {@code max} requests in any {@code window}: HubSpot counts a rolling window (ten seconds for every request,
 * one second for searches), so the client waits before it would go over instead of learning it from a 429.
 */
final class RollingWindow {

    private final int max;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final Deque<Long> sent = new ArrayDeque<>();

    RollingWindow(int max, Duration window, LongSupplier nanoTime) {
        this.max = Math.max(1, max);
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Waits until one more request fits, then counts it. */
    synchronized void acquire(Sleeper sleeper) throws InterruptedException {
        while (true) {
            long now = nanoTime.getAsLong();
            while (!sent.isEmpty() && now - sent.peekFirst() >= windowNanos) {
                sent.pollFirst();
            }
            if (sent.size() < max) {
                sent.addLast(now);
                return;
            }
            sleeper.sleep(Duration.ofNanos(windowNanos - (now - sent.peekFirst())));
        }
    }
}
