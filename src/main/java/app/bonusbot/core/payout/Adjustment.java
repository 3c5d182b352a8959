package app.bonusbot.core.payout;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount paid with a period outside its plans' own lines: a clawback or top-up for a closed period's deal that
 * changed, a manual adjustment, or an accepted dispute's. It is its own line on the statement, with its reason, and
 * is never folded into a plan's figures, so what was paid before stays as it was.
 *
 * @param id the store's id; 0 before it is stored
 * @param periodKey the period it is paid with (the first open period when it was made)
 * @param planId the plan it corrects; empty for a manual adjustment that names none
 * @param amount signed, 2 decimals: negative takes money back
 * @param reason the words of whoever made it (manual, dispute); empty for a clawback or top-up, whose reason is its change
 * @param change the deal change behind a clawback or top-up; empty otherwise
 * @param disputeNumber the case it answers, for {@link AdjustmentKind#DISPUTE}
 * @param createdBy a person id, or {@code cli}, {@code import}, {@code hubspot}
 */
public record Adjustment(long id, String personId, String periodKey, Optional<String> planId, BigDecimal amount, AdjustmentKind kind,
        Optional<String> reason, Optional<DealChange> change, Optional<Long> disputeNumber, Instant createdAt, String createdBy) {

    public Adjustment {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(periodKey, "periodKey");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (amount.scale() != 2) {
            throw new IllegalArgumentException("an adjustment's amount has exactly 2 decimals, not " + amount.toPlainString());
        }
    }
}
