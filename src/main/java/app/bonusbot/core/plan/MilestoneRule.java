package app.bonusbot.core.plan;

import app.bonusbot.core.deal.DealFilter;
import java.math.BigDecimal;

/** One way a milestone plan pays. */
public sealed interface MilestoneRule {

    String id();

    LocalizedText name();

    DealFilter filter();

    BigDecimal amount();

    /** A fixed amount for every won deal in the period that matches the filter. */
    record PerEvent(String id, LocalizedText name, DealFilter filter, BigDecimal amount) implements MilestoneRule {}

    /** A one-off amount once the number of matching won deals in the period reaches {@code count}. */
    record CountReached(String id, LocalizedText name, DealFilter filter, int count, BigDecimal amount)
            implements MilestoneRule {}
}
