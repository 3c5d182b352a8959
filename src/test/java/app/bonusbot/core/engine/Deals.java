package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** CRM deals for engine tests. */
final class Deals {

    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private Deals() {}

    static Deal won(String owner, String amount, String closeDate) {
        return deal(owner, amount, closeDate, Outcome.WON, "new");
    }

    static Deal won(String owner, String amount, String closeDate, String dealType) {
        return deal(owner, amount, closeDate, Outcome.WON, dealType);
    }

    static Deal lost(String owner, String amount, String closeDate) {
        return deal(owner, amount, closeDate, Outcome.LOST, "new");
    }

    static Deal open(String owner, String amount, String closeDate) {
        return deal(owner, amount, closeDate, Outcome.OPEN, "new");
    }

    static Deal deal(String owner, String amount, String closeDate, Outcome outcome, String dealType) {
        return deal(owner, amount, closeDate, outcome, dealType, "crm", "sales");
    }

    static Deal deal(String owner, String amount, String closeDate, Outcome outcome, String dealType, String product, String pipeline) {
        String id = "D" + NEXT_ID.incrementAndGet();
        return new Deal(id, "Deal " + id, new BigDecimal(amount), LocalDate.parse(closeDate), outcome.name().toLowerCase(java.util.Locale.ROOT),
                outcome, owner, dealType, product, pipeline);
    }
}
