package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the report shows them: 1 decimal, HALF_UP; 0.0 of a zero whole. */
final class Percent {

    private Percent() {}

    static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
