package app.bonusbot.core.payout;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of a statement as a person reads it: what it is for, in the statement's language, and its amount (already
 * rounded HALF_UP to 2 decimals where it was made).
 */
public record PaidLine(String description, BigDecimal amount) {

    public PaidLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
    }
}
