package app.bonusbot.core.report;

import app.bonusbot.core.survey.Prerequisite;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A prerequisite of a good bonus plan with both halves side by side: the mean of the questions tagged with it per
 * round (every survey), and the plan outcome it speaks about per period.
 *
 * @param answers per round, oldest first; a round's mean is the mean of its shown tagged questions' means
 * @param outcomes per period of the report, oldest first
 */
public record PrerequisiteSide(Prerequisite prerequisite, List<TrendPoint> answers, PlanOutcome outcome, List<OutcomePoint> outcomes) {

    public PrerequisiteSide {
        answers = List.copyOf(answers);
        outcomes = List.copyOf(outcomes);
    }

    /**
     * @param value a percentage (1 decimal) or, for plan changes, their number; empty when nothing measured it
     */
    public record OutcomePoint(Period period, Optional<BigDecimal> value) {}
}
