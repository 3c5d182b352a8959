package app.bonusbot.chat.slack.transport;

import java.time.Duration;

/**
 * When Socket Mode tries again after a failed or lost connection: the first retry after {@code first}, each next one
 * after twice the wait before, up to {@code longest}, every wait spread by ±{@code jitter} so that bots restarted
 * together do not all knock at once; once {@code giveUpAfter} has passed without a connection there is no next try.
 *
 * @param jitter the spread as a fraction of the wait, 0 to 1 (0.2: ±20 %)
 */
record ReconnectPolicy(Duration first, Duration longest, double jitter, Duration giveUpAfter) {

    ReconnectPolicy {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || jitter < 0 || jitter >= 1
                || giveUpAfter.isNegative() || giveUpAfter.isZero()) {
            throw new IllegalArgumentException("not a reconnect policy: " + first + ", " + longest + ", " + jitter + ", " + giveUpAfter);
        }
    }

    /** 1 s, doubling to at most 60 s, ±20 %, giving up after the given time without a connection. */
    static ReconnectPolicy standard(Duration giveUpAfter) {
        return new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(60), 0.2, giveUpAfter);
    }

    /**
     * The wait after the given number of failed attempts in a row.
     *
     * @param failures 1 after the first failed attempt
     * @param random a number in [0, 1) that picks where in the jitter's spread the wait falls
     */
    Duration delayAfter(int failures, double random) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures: " + failures);
        }
        // 2^30 seconds is far beyond any longest wait; the cap keeps the shift from overflowing.
        long doubled = first.toMillis() << Math.min(failures - 1, 30);
        long base = Math.min(doubled, longest.toMillis());
        return Duration.ofMillis(Math.round(base * (1 + jitter * (2 * random - 1))));
    }
}
