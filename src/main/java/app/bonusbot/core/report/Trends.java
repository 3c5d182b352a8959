package app.bonusbot.core.report;

import app.bonusbot.core.survey.Question;
import app.bonusbot.core.survey.Survey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scale questions' means over rounds, and the change between the last two shown. */
final class Trends {

    private Trends() {}

    static List<QuestionTrend> of(Survey survey, List<SurveyRoundHealth> rounds) {
        List<QuestionTrend> trends = new ArrayList<>();
        for (Question question : survey.questions()) {
            if (!question.type().numeric()) {
                continue;
            }
            List<TrendPoint> points = new ArrayList<>();
            for (SurveyRoundHealth round : rounds) {
                Optional<BigDecimal> mean = round.question(question.id()).flatMap(q -> q.figures().shownValue()).flatMap(QuestionFigures.Answers::mean);
                points.add(new TrendPoint(round.runId(), round.opened(), mean));
            }
            trends.add(new QuestionTrend(question.id(), question.text(), question.prerequisite(), points, change(points)));
        }
        return trends;
    }

    /** The last shown mean minus the shown one before it; empty with fewer than two shown. */
    static Optional<BigDecimal> change(List<TrendPoint> points) {
        List<BigDecimal> shown = points.stream().flatMap(p -> p.mean().stream()).toList();
        return shown.size() < 2 ? Optional.empty() : Optional.of(shown.get(shown.size() - 1).subtract(shown.get(shown.size() - 2)));
    }
}
