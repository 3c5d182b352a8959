package app.bonusbot.core.dispute;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One case.
 *
 * @param number the case number the seller is told
 * @param dealId the deal the seller named, as typed
 * @param planId the plan the seller named; empty for all their plans
 * @param periodKey the period the case is about ({@code Period.key()})
 * @param adjustment what an accepted case adds to the seller's pay (scale 2); empty when nothing
 */
public record Dispute(long number, String personId, String text, Optional<String> dealId, Optional<String> planId, String periodKey,
        DisputeState state, Optional<String> answer, Optional<String> resolvedBy, Optional<Instant> resolvedAt, Optional<BigDecimal> adjustment,
        Instant openedAt) {

    public Dispute {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(openedAt, "openedAt");
    }

    public boolean isOpen() {
        return state == DisputeState.OPEN;
    }
}
