package app.bonusbot.core.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The figures only a plan of one kind has. */
public sealed interface PlanFigures {

    /**
     * @param attainment empty for a flat-rate plan (nothing to attain)
     */
    record Performance(Optional<AttainmentSpread> attainment, Joiners joiners) implements PlanFigures {}

    /** @param attainment of the teams, each counted once */
    record Team(Optional<AttainmentSpread> attainment, List<PoolOutcome> pools) implements PlanFigures {
        public Team {
            pools = List.copyOf(pools);
        }
    }

    record Milestone(List<MilestoneEvents> events) implements PlanFigures {
        public Milestone {
            events = List.copyOf(events);
        }
    }

    /**
     * @param due installments falling due in the period
     * @param paid of them, those paid with it (due by its end, the person still employed)
     * @param forfeited installments of the period not paid because the person left first
     * @param paidAmount the cash of the paid ones
     */
    record Retention(int due, int paid, int forfeited, BigDecimal paidAmount) implements PlanFigures {}

    /**
     * @param vested shares vested by the period's end, all grants of the plan
     * @param vestedInPeriod of them, those vested within the period
     * @param vestedValue the vested shares at the share price of the period's end
     */
    record Stock(long vested, long vestedInPeriod, long unvested, BigDecimal vestedValue) implements PlanFigures {}
}
