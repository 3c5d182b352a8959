package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.Installment;
import app.bonusbot.core.plan.TeamSplit;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a payout. Every line's amount is rounded to 2 decimals HALF_UP when the line is made; totals are
 * sums of rounded lines.
 */
public sealed interface PayoutLine {

    BigDecimal amount();

    /**
     * The part of attainment between {@code sliceFrom} and {@code sliceTo} paid at the band's rate on the base.
     */
    record BandLine(Band band, BigDecimal sliceFrom, BigDecimal sliceTo, BigDecimal base, BigDecimal amount) implements PayoutLine {
        public BandLine {
            amount = Money.line(amount);
        }
    }

    /** The metric paid at a flat rate (plans without target). */
    record FlatLine(BigDecimal metric, BigDecimal rate, BigDecimal amount) implements PayoutLine {
        public FlatLine {
            amount = Money.line(amount);
        }
    }

    /** Takes off what lies above the cap; the amount is negative or zero. */
    record CapLine(BigDecimal limit, BigDecimal amount) implements PayoutLine {
        public CapLine {
            amount = Money.line(amount);
        }
    }

    /**
     * A member's share of a team's pool: pool x numerator / denominator. Someone who moved between the plan's teams in
     * the period has one per team whose pool they share in, {@code teamId} saying which.
     */
    record ShareLine(String teamId, BigDecimal pool, TeamSplit split, BigDecimal numerator, BigDecimal denominator, BigDecimal amount)
            implements PayoutLine {
        public ShareLine {
            amount = Money.line(amount);
        }
    }

    /** A fixed amount for one matching deal. */
    record EventLine(String ruleId, Deal deal, BigDecimal amount) implements PayoutLine {
        public EventLine {
            amount = Money.line(amount);
        }
    }

    /** A one-off amount for reaching a count of matching deals. */
    record CountReachedLine(String ruleId, long count, int needed, BigDecimal amount) implements PayoutLine {
        public CountReachedLine {
            amount = Money.line(amount);
        }
    }

    /** A retention installment falling due. */
    record InstallmentLine(Installment installment, LocalDate dueDate, BigDecimal amount) implements PayoutLine {
        public InstallmentLine {
            amount = Money.line(amount);
        }
    }
}
