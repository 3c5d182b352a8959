package app.bonusbot.core.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The project's two rounding rules, in one place so that no calculation invents a third. */
public final class Money {

    /** Intermediate results keep 34 significant digits, so that only the final line rounding ever shows. */
    public static final MathContext EXACT = MathContext.DECIMAL128;

    private Money() {}

    /** A payout line: 2 decimals, HALF_UP. */
    public static BigDecimal line(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, EXACT);
    }
}
