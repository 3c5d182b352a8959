package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code count} of {@code of} as a percentage, 1 decimal HALF_UP; 0.0 of nobody. Rules compare the rounded percentage,
 * so a finding fires on the figure a reader sees.
 */
public record Share(int count, int of, BigDecimal percent) {

    public static Share of(int count, int of) {
        return new Share(count, of, Percent.of(BigDecimal.valueOf(count), BigDecimal.valueOf(of)));
    }

    /** A share whose percent is worked out elsewhere (an amount's share of a total). */
    static Share ofPercent(int count, int of, BigDecimal percent) {
        return new Share(count, of, percent.setScale(1, RoundingMode.HALF_UP));
    }
}
