package app.bonusbot.reporthtml;

import app.bonusbot.core.report.QuestionFigures;
import app.bonusbot.core.report.QuestionTrend;
import app.bonusbot.core.report.SurveyHealth;
import app.bonusbot.core.report.SurveyRoundHealth;
import app.bonusbot.core.report.TrendPoint;
import app.bonusbot.reporthtml.Tables.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One survey over the report's periods: its rounds with their response rates, the latest round's answers per question
 * (mean, answer rate, distribution) and per team, and each scale question's trend over the rounds. A figure with fewer
 * answers than the survey's threshold is shown as hidden, never as a number.
 */
final class SurveySection {

    private final ReportWords w;

    SurveySection(ReportWords words) {
        this.w = words;
    }

    void write(Html html, SurveyHealth survey) {
        html.open("section", "class", "survey", "id", "survey-" + survey.surveyId());
        html.element("h3", survey.name().in(w.texts().language()));
        html.element("p", w.t("report.survey_threshold", w.count(survey.minGroupSize())), "class", "note");
        if (survey.rounds().isEmpty()) {
            html.element("p", w.t("report.no_rounds"), "class", "note");
            html.close("section");
            return;
        }
        rounds(html, survey.rounds());
        SurveyRoundHealth latest = survey.rounds().get(survey.rounds().size() - 1);
        questions(html, latest);
        teams(html, latest);
        trends(html, survey);
        html.close("section");
    }

    private void rounds(Html html, List<SurveyRoundHealth> rounds) {
        html.element("h4", w.t("report.section.rounds"));
        Tables.table(html, "figures", List.of(w.t("report.col.opened"), w.t("report.col.audience"), w.t("report.col.respondents"), w.t("report.col.response_rate")),
                rounds.stream().map(r -> List.of(Cell.of(w.date(r.opened())), Cell.figure("audience", w.count(r.audience())),
                        Cell.figure("respondents", w.count(r.respondents())), Cell.figure("response-rate", w.percent(r.responseRate())))).toList());
    }

    private void questions(Html html, SurveyRoundHealth round) {
        html.element("h4", w.t("report.section.questions", w.date(round.opened())));
        html.open("div", "class", "questions");
        for (QuestionFigures q : round.questions()) {
            html.open("div", "class", "question", "data-question", q.questionId());
            html.element("p", q.text().in(w.texts().language()), "class", "question-text");
            Tables.table(html, "figures", List.of(w.t("report.col.mean"), w.t("report.col.answered"), w.t("report.col.answer_rate")),
                    List.of(List.of(w.answersCell("mean", q.figures(), a -> w.orNone(a.mean().map(w::mean))),
                            w.answersCell("answered", q.figures(), a -> w.count(a.answered())),
                            w.answersCell("answer-rate", q.figures(), a -> w.percent(a.answerRate())))));
            q.figures().shownValue().ifPresent(a -> html.raw(BarChart.svg(q.text().in(w.texts().language()), distribution(a.distribution()))));
            html.close("div");
        }
        html.close("div");
    }

    private static List<BarChart.Bar> distribution(Map<String, Integer> distribution) {
        return distribution.entrySet().stream().map(e -> new BarChart.Bar(e.getKey(), e.getValue(), false)).toList();
    }

    /** Each team the anonymity rules let be shown on its own; the others hidden, never left out silently. */
    private void teams(Html html, SurveyRoundHealth round) {
        if (round.teams().isEmpty()) {
            return;
        }
        html.element("h4", w.t("report.section.team_answers", w.date(round.opened())));
        List<String> headers = new ArrayList<>(List.of(w.t("report.col.team"), w.t("report.col.response_rate")));
        round.questions().forEach(q -> headers.add(q.text().in(w.texts().language())));
        List<List<Cell>> rows = new ArrayList<>();
        for (SurveyRoundHealth.TeamAnswers team : round.teams()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(team.teamName()), w.answersCell("team-response-rate", team.responseRate(), w::percent)));
            for (QuestionFigures q : round.questions()) {
                Optional<QuestionFigures> own = team.questions().stream().filter(t -> t.questionId().equals(q.questionId())).findFirst();
                row.add(own.map(t -> w.answersCell("team-mean", t.figures(), a -> w.orNone(a.mean().map(w::mean))))
                        .orElseGet(() -> new Cell(w.t("report.not_measured"), "team-mean", false)));
            }
            rows.add(row);
        }
        Tables.table(html, "figures teams", headers, rows);
    }

    private void trends(Html html, SurveyHealth survey) {
        if (survey.trends().isEmpty() || survey.rounds().size() < 2) {
            return;
        }
        html.element("h4", w.t("report.section.trends"));
        List<String> rounds = survey.rounds().stream().map(r -> w.date(r.opened())).toList();
        html.open("div", "class", "trends");
        for (QuestionTrend trend : survey.trends()) {
            List<Optional<BigDecimal>> means = trend.points().stream().map(TrendPoint::mean).toList();
            String name = trend.text().in(w.texts().language());
            html.open("figure", "class", "trend", "data-question", trend.questionId());
            html.raw(LineChart.svg(name, rounds, List.of(new LineChart.Series(w.t("report.col.mean"), means,
                    means.stream().map(m -> m.map(w::mean).orElse("")).toList())), BigDecimal.ONE, BigDecimal.valueOf(5)));
            html.element("figcaption", name + trend.change().map(c -> " · " + w.t("report.change", (c.signum() > 0 ? "+" : "") + w.mean(c))).orElse(""));
            html.close("figure");
        }
        html.close("div");
    }
}
