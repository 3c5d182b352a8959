package app.bonusbot.bench;

import java.util.Arrays;

/** Wall-clock durations of repeated calls, in nanoseconds, and the percentiles a latency budget is judged by. */
final class Latencies {

    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long durationNanos) {
        nanos[size++] = durationNanos;
    }

    /** Null when nothing was recorded (every call failed), for a report that says so rather than failing. */
    Summary summaryOrNull() {
        return size == 0 ? null : summary();
    }

    Summary summary() {
        if (size == 0) {
            throw new IllegalStateException("no durations recorded");
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        return new Summary(size, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[size - 1]);
    }

    /** Nearest rank: the smallest duration that at least {@code percent} % of the calls did not exceed. */
    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** @param count how many calls were measured (warm-up calls are not) */
    public record Summary(int count, long medianNanos, long p95Nanos, long p99Nanos, long maxNanos) {}
}
