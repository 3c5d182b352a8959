package app.bonusbot.core.report;

import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.survey.Prerequisite;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One question's answers in one round and group, as {@link app.bonusbot.core.survey.ResultsCalculator} decides what
 * may be shown.
 *
 * @param figures hidden when fewer than the survey's k answered it (or the slice would give a small group away)
 */
public record QuestionFigures(String questionId, LocalizedText text, Optional<Prerequisite> prerequisite, Slice<Answers> figures) {

    /**
     * @param mean for scales, 2 decimals HALF_UP
     * @param distribution how many picked each value, lowest first (option ids in order for a choice)
     * @param answerRate those who answered it as a percentage of the round's audience in the group, 1 decimal
     */
    public record Answers(int answered, Optional<BigDecimal> mean, Map<String, Integer> distribution, BigDecimal answerRate) {
        public Answers {
            distribution = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(distribution));
        }
    }
}
