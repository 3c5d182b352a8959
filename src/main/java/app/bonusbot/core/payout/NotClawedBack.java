package app.bonusbot.core.payout;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A clawback a plan's policy did not take: stored as a clawback of 0.00 whose reason says why and how much was not
 * taken, so that a later recheck of the same period does not take it after all and explain can say so. The reason is
 * a token ({@code not_clawed_back|window:30|-1234.00}), worded in the reader's language when shown.
 *
 * @param policy {@code none} (the plan never claws back) or {@code window:N} (N days after the close had passed)
 * @param amount what was not taken, negative
 */
public record NotClawedBack(String policy, BigDecimal amount) {

    private static final String PREFIX = "not_clawed_back|";

    /** The reason a waived clawback carries. */
    public static String reason(String policy, BigDecimal amount) {
        return PREFIX + policy + "|" + amount.toPlainString();
    }

    /** What a clawback's reason says was not taken; empty for every other reason. */
    public static Optional<NotClawedBack> of(String reason) {
        if (reason == null || !reason.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = reason.substring(PREFIX.length()).split("\\|");
        if (parts.length != 2) {
            return Optional.empty();
        }
        return Optional.of(new NotClawedBack(parts[0], new BigDecimal(parts[1])));
    }

    public static Optional<NotClawedBack> of(Adjustment adjustment) {
        return adjustment.kind() == AdjustmentKind.CLAWBACK ? adjustment.reason().flatMap(NotClawedBack::of) : Optional.empty();
    }

    /** The window's days for {@code window:N}; empty for {@code none}. */
    public Optional<Integer> windowDays() {
        return policy.startsWith("window:") ? Optional.of(Integer.parseInt(policy.substring("window:".length()))) : Optional.empty();
    }
}
