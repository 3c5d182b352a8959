package app.bonusbot.core.survey;

import app.bonusbot.core.i18n.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a results chart shows, already in the reader's language: the mean of each question on one scale, this round
 * next to the previous one. A survey with questions on both scales has one chart per scale.
 *
 * @param low the scale's lowest value, where the axis starts
 * @param high the scale's highest value, where the axis ends
 */
public record SurveyChart(String title, String axisLabel, String thisRound, String previousRound, int low, int high, List<Bar> bars,
        Language language) {

    /** Question labels longer than this are cut, so the bars keep most of the picture. */
    static final int LONGEST_LABEL = 48;

    public SurveyChart {
        bars = List.copyOf(bars);
    }

    /** @param previous the mean in the previous round, when it was shown there */
    public record Bar(String label, BigDecimal mean, Optional<BigDecimal> previous) {}

    /** One chart per scale among the group's shown questions; none when no scale question is shown. */
    static List<SurveyChart> of(Survey survey, GroupResult group, SurveyWording w) {
        List<SurveyChart> charts = new ArrayList<>();
        for (QuestionType type : List.of(QuestionType.LIKERT_5, QuestionType.SCALE_0_10)) {
            List<Bar> bars = new ArrayList<>();
            int number = 1;
            for (QuestionResult result : group.questions()) {
                if (result.question().type() == type && result.shown() && result.mean().isPresent()) {
                    bars.add(new Bar(label(number, w.questionText(result.question())), result.mean().get(), result.previousMean()));
                }
                number++;
            }
            if (!bars.isEmpty()) {
                charts.add(new SurveyChart(w.t("results.chart_title", w.surveyName(survey)), w.t("results.chart_scale", type.low(), type.high()),
                        w.t("results.chart_this_round"), w.t("results.chart_previous_round"), type.low(), type.high(), bars, w.language()));
            }
        }
        return charts;
    }

    private static String label(int number, String text) {
        String label = number + ". " + text;
        return label.length() <= LONGEST_LABEL ? label : label.substring(0, LONGEST_LABEL - 1).stripTrailing() + "…";
    }
}
