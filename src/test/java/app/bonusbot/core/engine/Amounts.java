package app.bonusbot.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

/** Exact decimal expectations: money with its scale, ratios by value. */
final class Amounts {

    private Amounts() {}

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A payout amount: value and scale (2 decimals) must both match. */
    static void assertMoney(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual, "amount");
    }

    /** A ratio or metric: the value must match, whatever its scale. */
    static void assertValue(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }
}
