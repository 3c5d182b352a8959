package app.bonusbot.core.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One CRM deal as the ledger holds it now. The close date is already a date in the company's zone.
 *
 * @param amount in the company currency: converted when the CRM gave another currency, zero while held back
 * @param ownerId the person the deal counts for; null when the CRM owner matches nobody
 * @param foreign the amount as the CRM gave it and the rate used, when that was another currency; null otherwise
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
        String pipeline,
        ForeignAmount foreign) {

    public Deal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A deal in the company currency. */
    public Deal(String id, String name, BigDecimal amount, LocalDate closeDate, String stage, Outcome outcome, String ownerId, String dealType,
            String product, String pipeline) {
        this(id, name, amount, closeDate, stage, outcome, ownerId, dealType, product, pipeline, null);
    }

    /** Held back for want of an exchange rate: stored, but counted for nothing. */
    public boolean held() {
        return foreign != null && foreign.held();
    }
}
