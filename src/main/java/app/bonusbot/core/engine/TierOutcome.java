package app.bonusbot.core.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The band math applied to one metric and target.
 *
 * @param capLimit null when the plan has no cap
 */
public record TierOutcome(BigDecimal attainment, boolean thresholdMet, List<PayoutLine> lines, BigDecimal capLimit, boolean capped, BigDecimal total) {
    public TierOutcome {
        lines = List.copyOf(lines);
    }
}
