package app.bonusbot.reporthtml;

import app.bonusbot.core.report.AttainmentBucket;
import app.bonusbot.core.report.AttainmentSpread;
import app.bonusbot.core.report.Concentration;
import app.bonusbot.core.report.PayoutCost;
import app.bonusbot.core.report.PlanFigures;
import app.bonusbot.core.report.PlanHealth;
import app.bonusbot.core.report.PlanPeriod;
import app.bonusbot.reporthtml.Tables.Cell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One plan over the report's periods: payout cost and concentration per period, then the figures of its kind
 * (attainment with a histogram per period, milestone events, retention installments, stock), and for the report's
 * period the cost per team, the joiners or the team pools, and individual pay where settings.yaml shows it.
 */
final class PlanSection {

    private final ReportWords w;
    private final PlanKindSection kinds;

    PlanSection(ReportWords words) {
        this.w = words;
        this.kinds = new PlanKindSection(words);
    }

    void write(Html html, PlanHealth plan) {
        html.open("section", "class", "plan", "id", "plan-" + plan.planId());
        html.open("h2").text(plan.name().in(w.texts().language())).text(" ").element("span", w.t("report.kind." + plan.kind()), "class", "kind").close("h2");
        if (plan.periods().isEmpty()) {
            html.element("p", w.t("report.not_in_force"), "class", "note");
            html.close("section");
            return;
        }
        cost(html, plan.periods());
        attainment(html, plan.periods());
        kinds.write(html, plan.periods());
        PlanPeriod latest = plan.periods().get(plan.periods().size() - 1);
        teams(html, latest);
        kinds.latest(html, latest);
        individual(html, latest);
        html.close("section");
    }

    private void cost(Html html, List<PlanPeriod> periods) {
        html.element("h3", w.t("report.section.cost"));
        List<List<Cell>> rows = new ArrayList<>();
        for (PlanPeriod p : periods) {
            rows.add(List.of(Cell.of(periodLabel(p)), Cell.figure("people", w.count(p.people())),
                    w.payCell("payout", p.cost(), c -> w.money(c.payout())),
                    w.payCell("revenue", p.cost(), c -> w.money(c.revenue())),
                    w.payCell("cost-of-sales", p.cost(), c -> w.orNone(c.costOfSales().map(w::percent))),
                    w.payCell("top-share", p.concentration(), c -> w.percent(c.topShare())),
                    w.payCell("median-payout", p.concentration(), c -> w.money(c.medianPayout()))));
        }
        Tables.table(html, "figures", List.of(w.t("report.col.period"), w.t("report.col.people"), w.t("report.col.payout"), w.t("report.col.revenue"),
                w.t("report.col.cost_of_sales"), w.t("report.col.top_share"), w.t("report.col.median")), rows);
        List<String> labels = periods.stream().map(p -> w.period(p.period())).toList();
        List<Optional<BigDecimal>> costs = periods.stream().map(p -> p.cost().shownValue().flatMap(PayoutCost::costOfSales)).toList();
        List<Optional<BigDecimal>> tops = periods.stream().map(p -> p.concentration().shownValue().map(Concentration::topShare)).toList();
        html.raw(LineChart.svg(w.t("report.section.cost"), labels, List.of(
                new LineChart.Series(w.t("report.col.cost_of_sales"), costs, percents(costs)),
                new LineChart.Series(w.t("report.col.top_share"), tops, percents(tops))), BigDecimal.ZERO, BigDecimal.TEN));
    }

    /** The attainment spread per period with its histogram, for the plans that have one. */
    private void attainment(Html html, List<PlanPeriod> periods) {
        List<PlanPeriod> measured = periods.stream().filter(p -> spread(p).isPresent()).toList();
        if (measured.isEmpty()) {
            if (periods.stream().anyMatch(p -> p.figures() instanceof PlanFigures.Performance)) {
                html.element("h3", w.t("report.section.attainment"));
                html.element("p", w.t("report.flat"), "class", "note");
            }
            return;
        }
        html.element("h3", w.t("report.section.attainment"));
        List<List<Cell>> rows = new ArrayList<>();
        for (PlanPeriod p : measured) {
            AttainmentSpread s = spread(p).orElseThrow();
            rows.add(List.of(Cell.of(periodLabel(p)), Cell.figure("measured", w.count(s.measured())),
                    Cell.figure("below-threshold", s.threshold().isPresent() ? w.percent(s.belowThreshold().percent()) : w.t("report.not_measured")),
                    Cell.figure("threshold-to-target", w.percent(s.thresholdToTarget().percent())),
                    Cell.figure("above-target", w.percent(s.aboveTarget().percent())),
                    Cell.figure("at-cap", s.hasCap() ? w.percent(s.atCap().percent()) : w.t("report.not_measured"))));
        }
        Tables.table(html, "figures", List.of(w.t("report.col.period"), w.t("report.col.measured"), w.t("report.col.below_threshold"),
                w.t("report.col.threshold_to_target"), w.t("report.col.above_target"), w.t("report.col.at_cap")), rows);
        html.open("div", "class", "histograms");
        for (PlanPeriod p : measured) {
            html.open("figure", "class", "histogram");
            html.raw(BarChart.svg(w.t("report.histogram", w.period(p.period())), bars(spread(p).orElseThrow())));
            html.element("figcaption", w.t("report.histogram", w.period(p.period())));
            html.close("figure");
        }
        html.close("div");
    }

    private List<BarChart.Bar> bars(AttainmentSpread spread) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (AttainmentBucket bucket : spread.buckets()) {
            String label = bucket.to().map(to -> w.number(bucket.from().movePointRight(2), 0) + "–" + w.ratio(to)).orElseGet(() -> "≥ " + w.ratio(bucket.from()));
            bars.add(new BarChart.Bar(label, bucket.sellers(), bucket.from().compareTo(BigDecimal.ONE) >= 0));
        }
        return bars;
    }

    static Optional<AttainmentSpread> spread(PlanPeriod p) {
        if (p.figures() instanceof PlanFigures.Performance perf) {
            return perf.attainment();
        }
        return p.figures() instanceof PlanFigures.Team team ? team.attainment() : Optional.empty();
    }

    private void teams(Html html, PlanPeriod latest) {
        if (latest.teams().isEmpty()) {
            return;
        }
        html.element("h3", w.t("report.section.teams", w.period(latest.period())));
        List<List<Cell>> rows = latest.teams().stream().map(t -> List.of(Cell.of(t.teamName()),
                w.payCell("team-payout", t.cost(), c -> w.money(c.payout())),
                w.payCell("team-revenue", t.cost(), c -> w.money(c.revenue())),
                w.payCell("team-cost-of-sales", t.cost(), c -> w.orNone(c.costOfSales().map(w::percent))))).toList();
        Tables.table(html, "figures", List.of(w.t("report.col.team"), w.t("report.col.payout"), w.t("report.col.revenue"), w.t("report.col.cost_of_sales")), rows);
    }

    /** Only in a report whose settings show individual pay; the model carries none otherwise. */
    private void individual(Html html, PlanPeriod latest) {
        if (latest.individual().isEmpty()) {
            return;
        }
        html.element("h3", w.t("report.section.individual", w.period(latest.period())));
        List<List<Cell>> rows = latest.individual().stream().map(p -> List.of(Cell.of(p.name()), Cell.of(p.teamId()),
                Cell.of(w.orNone(p.attainment().map(w::ratio))), Cell.figure("person-payout", w.money(p.payout())))).toList();
        Tables.table(html, "figures individual", List.of(w.t("report.col.person"), w.t("report.col.team"), w.t("report.col.attainment"), w.t("report.col.payout")), rows);
    }

    private String periodLabel(PlanPeriod p) {
        return w.period(p.period()) + " (" + w.t(p.closed() ? "report.closed" : "report.open") + ")";
    }

    private List<String> percents(List<Optional<BigDecimal>> values) {
        return values.stream().map(v -> v.map(w::percent).orElse("")).toList();
    }
}
