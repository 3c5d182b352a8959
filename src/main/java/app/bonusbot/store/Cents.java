package app.bonusbot.store;

import java.math.BigDecimal;

/** Money in the ledger is a whole number of cents, so that sums in SQL are exact. */
final class Cents {

    private Cents() {}

    /** Throws ArithmeticException for an amount with a fraction of a cent: the import must reject those first. */
    static long of(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
    }

    static BigDecimal toAmount(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
