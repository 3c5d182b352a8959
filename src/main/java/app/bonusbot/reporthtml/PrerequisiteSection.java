package app.bonusbot.reporthtml;

import app.bonusbot.core.report.PlanOutcome;
import app.bonusbot.core.report.PrerequisiteSide;
import app.bonusbot.core.report.TrendPoint;
import app.bonusbot.reporthtml.Tables.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The four prerequisites of a good bonus plan, each with both halves side by side: what people answered about it per
 * round, and the plan outcome it speaks about per period ("realistic targets" beside the share of sellers reaching the
 * threshold).
 */
final class PrerequisiteSection {

    private final ReportWords w;

    PrerequisiteSection(ReportWords words) {
        this.w = words;
    }

    void write(Html html, PrerequisiteSide side) {
        String name = w.t(side.prerequisite().textKey());
        String outcome = w.t(side.outcome().textKey());
        html.open("section", "class", "prerequisite", "id", "prerequisite-" + side.prerequisite().configName());
        html.element("h3", name);
        html.open("div", "class", "side-by-side");

        html.open("figure", "class", "answers");
        List<Optional<BigDecimal>> means = side.answers().stream().map(TrendPoint::mean).toList();
        List<String> rounds = side.answers().stream().map(p -> w.date(p.opened())).toList();
        if (side.answers().isEmpty()) {
            html.element("p", w.t("report.no_rounds"), "class", "note");
        } else {
            html.raw(LineChart.svg(name, rounds, List.of(new LineChart.Series(w.t("report.col.mean"), means, labels(means, w::mean))), BigDecimal.ONE,
                    BigDecimal.valueOf(5)));
            List<List<Cell>> rows = new ArrayList<>();
            for (TrendPoint p : side.answers()) {
                rows.add(List.of(Cell.of(w.date(p.opened())), p.mean().map(m -> Cell.figure("prerequisite-mean", w.mean(m)))
                        .orElseGet(() -> new Cell(w.t("report.hidden_round"), "prerequisite-mean", true))));
            }
            Tables.table(html, "figures", List.of(w.t("report.col.opened"), w.t("report.col.mean")), rows);
        }
        html.element("figcaption", w.t("report.prerequisite_answers", name));
        html.close("figure");

        html.open("figure", "class", "outcome");
        List<Optional<BigDecimal>> values = side.outcomes().stream().map(PrerequisiteSide.OutcomePoint::value).toList();
        boolean counted = side.outcome() == PlanOutcome.PLAN_CHANGES;
        html.raw(LineChart.svg(outcome, side.outcomes().stream().map(p -> w.period(p.period())).toList(),
                List.of(new LineChart.Series(outcome, values, labels(values, counted ? v -> w.number(v, 0) : w::percent))),
                BigDecimal.ZERO, counted ? BigDecimal.valueOf(2) : BigDecimal.valueOf(100)));
        List<List<Cell>> rows = new ArrayList<>();
        for (PrerequisiteSide.OutcomePoint p : side.outcomes()) {
            rows.add(List.of(Cell.of(w.period(p.period())), Cell.figure("outcome",
                    p.value().map(v -> counted ? w.number(v, 0) : w.percent(v)).orElse(w.t("report.not_measured")))));
        }
        Tables.table(html, "figures", List.of(w.t("report.col.period"), outcome), rows);
        html.element("figcaption", outcome);
        html.close("figure");

        html.close("div");
        html.close("section");
    }

    private static List<String> labels(List<Optional<BigDecimal>> values, Function<BigDecimal, String> shown) {
        return values.stream().map(v -> v.map(shown).orElse("")).toList();
    }
}
