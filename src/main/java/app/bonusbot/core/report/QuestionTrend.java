package app.bonusbot.core.report;

import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.survey.Prerequisite;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A scale question's mean over the rounds, oldest first.
 *
 * @param change the latest shown mean minus the one before it that was shown; empty with fewer than two
 */
public record QuestionTrend(String questionId, LocalizedText text, Optional<Prerequisite> prerequisite, List<TrendPoint> points, Optional<BigDecimal> change) {

    public QuestionTrend {
        points = List.copyOf(points);
    }
}
