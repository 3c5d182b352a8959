package app.bonusbot.core.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One CRM deal as the ledger holds it now. The close date is already a date in the company's zone.
 *
 * @param ownerId the person the deal counts for; null when the CRM owner matches nobody
 */
public record Deal(
        String id,
        String name,
        BigDecimal amount,
        LocalDate closeDate,
        String stage,
        Outcome outcome,
        String ownerId,
        String dealType,
        String product,
        String pipeline) {

    public Deal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(outcome, "outcome");
    }
}
