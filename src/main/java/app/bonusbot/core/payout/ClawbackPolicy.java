package app.bonusbot.core.payout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

/**
 * How a plan takes back pay when a deal of a closed period changes against the person (plans.yaml {@code clawback}):
 * never, always, or only within a number of days after the close. Top-ups are always paid whatever the policy.
 *
 * @param withinDays the window in days for {@link Mode#WITHIN_DAYS}; 0 otherwise
 */
public record ClawbackPolicy(Mode mode, int withinDays) {

    /** Without {@code clawback} in plans.yaml: nothing paid changes silently, so a clawback is taken. */
    public static final ClawbackPolicy DEFAULT = new ClawbackPolicy(Mode.FULL, 0);

    public enum Mode {
        NONE, FULL, WITHIN_DAYS
    }

    public ClawbackPolicy {
        if (mode == Mode.WITHIN_DAYS && withinDays < 0) {
            throw new IllegalArgumentException("a clawback window has at least 0 days, not " + withinDays);
        }
    }

    public static ClawbackPolicy withinDays(int days) {
        return new ClawbackPolicy(Mode.WITHIN_DAYS, days);
    }

    /** The policy of a plan in a map of the plans that say one; {@link #DEFAULT} for the others. */
    public static ClawbackPolicy of(Map<String, ClawbackPolicy> policies, String planId) {
        return policies.getOrDefault(planId, DEFAULT);
    }

    /**
     * Why a clawback is not taken for a change at {@code changedAt} to a period closed at {@code closedAt}; empty
     * when it is taken. Days are counted in the company's zone from the day of the close to the day of the change:
     * a change on the 30th day after the close is inside a 30-day window, on the 31st outside.
     *
     * @return {@code none} or {@code window:N}, the {@link NotClawedBack#policy()} of a waived clawback
     */
    public Optional<String> notTaken(Instant closedAt, Instant changedAt, ZoneId zone) {
        return switch (mode) {
            case FULL -> Optional.empty();
            case NONE -> Optional.of("none");
            case WITHIN_DAYS -> {
                long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(closedAt, zone), LocalDate.ofInstant(changedAt, zone));
                yield days <= withinDays ? Optional.empty() : Optional.of("window:" + withinDays);
            }
        };
    }
}
