package app.bonusbot.core.engine;

import app.bonusbot.core.plan.MetricKind;
import java.math.BigDecimal;

/** Turns a tally into the number a metric kind measures. */
final class MetricValue {

    private MetricValue() {}

    static BigDecimal of(MetricKind kind, Tally tally) {
        return switch (kind) {
            case SUM -> tally.wonAmount();
            case COUNT -> BigDecimal.valueOf(tally.wonCount());
            case WIN_RATE -> {
                long closed = tally.wonCount() + tally.lostCount();
                yield closed == 0 ? BigDecimal.ZERO : Money.divide(BigDecimal.valueOf(tally.wonCount()), BigDecimal.valueOf(closed));
            }
        };
    }

    /** How finely "still needed" is stated: cents, whole deals, or hundredths of a percentage point. */
    static int neededScale(MetricKind kind) {
        return switch (kind) {
            case SUM -> 2;
            case COUNT -> 0;
            case WIN_RATE -> 4;
        };
    }

    /** A win rate does not grow with time, so it projects as it stands; sums and counts scale with days. */
    static BigDecimal project(MetricKind kind, BigDecimal metric, long elapsedDays, long totalDays) {
        if (kind == MetricKind.WIN_RATE) {
            return metric;
        }
        return Money.divide(metric.multiply(BigDecimal.valueOf(totalDays)), BigDecimal.valueOf(elapsedDays));
    }
}
