package app.bonusbot.core.dispute;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How sales ops resolves a case: accepted (perhaps with an amount for the seller) or rejected, with the answer the
 * seller reads.
 *
 * @param amount only for an accepted case: what it adds to the seller's pay, positive, scale 2
 */
public record DisputeVerdict(boolean accepted, Optional<BigDecimal> amount, String answer) {

    public DisputeVerdict {
        Objects.requireNonNull(answer, "answer");
        if (!accepted && amount.isPresent()) {
            throw new IllegalArgumentException("a rejected case carries no amount");
        }
        if (amount.isPresent() && amount.get().signum() <= 0) {
            throw new IllegalArgumentException("an accepted case's amount is positive: " + amount.get());
        }
    }

    public DisputeState state() {
        return accepted ? DisputeState.ACCEPTED : DisputeState.REJECTED;
    }
}
