package app.bonusbot.core.report;

import app.bonusbot.core.plan.LocalizedText;
import java.util.List;

/**
 * One survey over the report's periods: its finished rounds that opened from the first compared period's start to the
 * report period's end, oldest first, and each scale question's trend over them.
 *
 * @param minGroupSize the survey's k
 */
public record SurveyHealth(String surveyId, LocalizedText name, int minGroupSize, List<SurveyRoundHealth> rounds, List<QuestionTrend> trends) {

    public SurveyHealth {
        rounds = List.copyOf(rounds);
        trends = List.copyOf(trends);
    }
}
