package app.bonusbot.core.deal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * A deal's amount as the CRM gave it, in a currency other than the company's, with the rate it was converted at.
 *
 * @param rate company currency per one unit of {@code currency} (1 EUR = 7.46 DKK is 7.46); null while the deal is
 *     held back for want of a rate
 */
public record ForeignAmount(BigDecimal amount, Currency currency, BigDecimal rate) {

    public ForeignAmount {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /** Held back: no rate converts it yet, so it counts for nothing. */
    public boolean held() {
        return rate == null;
    }
}
