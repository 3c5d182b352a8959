package app.bonusbot.core.engine;

import java.math.BigDecimal;

/** The share of a period a person was active: active days / days in period. */
public record Proration(long activeDays, long periodDays) {

    public boolean isFull() {
        return activeDays == periodDays;
    }

    public BigDecimal apply(BigDecimal amount) {
        if (amount == null || isFull()) {
            return amount;
        }
        return Money.divide(amount.multiply(BigDecimal.valueOf(activeDays)), BigDecimal.valueOf(periodDays));
    }

    public BigDecimal factor() {
        return Money.divide(BigDecimal.valueOf(activeDays), BigDecimal.valueOf(periodDays));
    }
}
