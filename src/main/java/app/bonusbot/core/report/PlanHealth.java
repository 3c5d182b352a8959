package app.bonusbot.core.report;

import app.bonusbot.core.plan.LocalizedText;
import java.util.List;

/**
 * One plan over the report's periods.
 *
 * @param kind as written in plans.yaml: performance, team, milestone, retention, stock
 * @param periods oldest first; the last is the report's period (a plan not in force in a period has none for it)
 */
public record PlanHealth(String planId, LocalizedText name, String kind, List<PlanPeriod> periods) {

    public PlanHealth {
        periods = List.copyOf(periods);
    }

    /** The report's period, when the plan was in force then. */
    public java.util.Optional<PlanPeriod> latest() {
        return periods.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(periods.get(periods.size() - 1));
    }
}
