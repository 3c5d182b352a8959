package app.bonusbot.core.payout;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One plan on a statement.
 *
 * @param kind the plan kind's name as in plans.yaml (performance, team, milestone, retention, stock)
 * @param versionFrom the first day of the plan version used; empty for a plan without versions
 * @param cash the sum of the lines; zero for stock
 * @param stock present for a stock plan only
 */
public record PaidPlan(String planId, String planName, String kind, Optional<LocalDate> versionFrom, List<PaidLine> lines, BigDecimal cash,
        Optional<StockValue> stock) {

    public PaidPlan {
        lines = List.copyOf(lines);
    }
}
