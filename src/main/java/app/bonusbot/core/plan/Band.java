package app.bonusbot.core.plan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tier {@code [from, to) -> rate} on attainment (1.0 = 100 %). {@code to} null means no upper end.
 */
public record Band(BigDecimal from, BigDecimal to, BigDecimal rate) {
    public Band {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(rate, "rate");
    }

    public boolean contains(BigDecimal attainment) {
        return attainment.compareTo(from) >= 0 && (to == null || attainment.compareTo(to) < 0);
    }
}
