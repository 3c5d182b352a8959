package app.bonusbot.reporthtml;

import app.bonusbot.core.report.Joiners;
import app.bonusbot.core.report.MilestoneEvents;
import app.bonusbot.core.report.PlanFigures;
import app.bonusbot.core.report.PlanPeriod;
import app.bonusbot.core.report.PoolOutcome;
import app.bonusbot.reporthtml.Tables.Cell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures only a plan of one kind has: milestone events per rule, retention installments due and paid, and stock
 * vested, each per period; for the report's period the joiners of a performance plan and the pools of a team plan.
 */
final class PlanKindSection {

    private final ReportWords w;

    PlanKindSection(ReportWords words) {
        this.w = words;
    }

    /** The figures compared over the periods. */
    void write(Html html, List<PlanPeriod> periods) {
        PlanFigures first = periods.get(periods.size() - 1).figures();
        if (first instanceof PlanFigures.Milestone) {
            milestones(html, periods);
        } else if (first instanceof PlanFigures.Retention) {
            retention(html, periods);
        } else if (first instanceof PlanFigures.Stock) {
            stock(html, periods);
        }
    }

    /** The figures of the report's period only. */
    void latest(Html html, PlanPeriod latest) {
        if (latest.figures() instanceof PlanFigures.Performance perf) {
            joiners(html, latest, perf.joiners());
        } else if (latest.figures() instanceof PlanFigures.Team team) {
            pools(html, latest, team.pools());
        }
    }

    /** One row per rule, one column per period: how often it paid and what. */
    private void milestones(Html html, List<PlanPeriod> periods) {
        html.element("h3", w.t("report.section.milestones"));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<PlanPeriod, MilestoneEvents>> byRule = new LinkedHashMap<>();
        for (PlanPeriod p : periods) {
            if (p.figures() instanceof PlanFigures.Milestone m) {
                for (MilestoneEvents e : m.events()) {
                    names.put(e.ruleId(), e.name().in(w.texts().language()));
                    byRule.computeIfAbsent(e.ruleId(), r -> new LinkedHashMap<>()).put(p, e);
                }
            }
        }
        List<String> headers = new ArrayList<>(List.of(w.t("report.col.rule")));
        periods.forEach(p -> headers.add(w.period(p.period())));
        List<List<Cell>> rows = new ArrayList<>();
        for (Map.Entry<String, String> rule : names.entrySet()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(rule.getValue())));
            for (PlanPeriod p : periods) {
                Optional<MilestoneEvents> e = Optional.ofNullable(byRule.get(rule.getKey()).get(p));
                row.add(Cell.figure("events-" + rule.getKey(), e.map(x -> w.t("report.events", w.count(x.events()), w.money(x.paid()))).orElse(w.t("report.not_measured"))));
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            html.element("p", w.t("report.no_events"), "class", "note");
            return;
        }
        Tables.table(html, "figures", headers, rows);
    }

    private void retention(Html html, List<PlanPeriod> periods) {
        html.element("h3", w.t("report.section.retention"));
        List<List<Cell>> rows = new ArrayList<>();
        for (PlanPeriod p : periods) {
            if (p.figures() instanceof PlanFigures.Retention r) {
                rows.add(List.of(Cell.of(w.period(p.period())), Cell.figure("due", w.count(r.due())), Cell.figure("paid", w.count(r.paid())),
                        Cell.figure("forfeited", w.count(r.forfeited())), Cell.figure("paid-amount", w.money(r.paidAmount()))));
            }
        }
        Tables.table(html, "figures", List.of(w.t("report.col.period"), w.t("report.col.due"), w.t("report.col.paid_installments"),
                w.t("report.col.forfeited"), w.t("report.col.paid")), rows);
    }

    private void stock(Html html, List<PlanPeriod> periods) {
        html.element("h3", w.t("report.section.stock"));
        List<List<Cell>> rows = new ArrayList<>();
        for (PlanPeriod p : periods) {
            if (p.figures() instanceof PlanFigures.Stock s) {
                rows.add(List.of(Cell.of(w.period(p.period())), Cell.figure("vested", w.count(s.vested())), Cell.figure("vested-in-period", w.count(s.vestedInPeriod())),
                        Cell.figure("unvested", w.count(s.unvested())), Cell.figure("vested-value", w.money(s.vestedValue()))));
            }
        }
        Tables.table(html, "figures", List.of(w.t("report.col.period"), w.t("report.col.vested"), w.t("report.col.vested_in_period"),
                w.t("report.col.unvested"), w.t("report.col.vested_value")), rows);
    }

    private void joiners(Html html, PlanPeriod latest, Joiners joiners) {
        html.element("h3", w.t("report.section.joiners", w.period(latest.period())));
        if (joiners.joined() == 0) {
            html.element("p", w.t("report.no_joiners"), "class", "note");
            return;
        }
        Tables.table(html, "figures", List.of(w.t("report.col.joined"), w.t("report.col.with_first_win"), w.t("report.col.days_to_first_win"),
                w.t("report.col.prorated_attainment")), List.of(List.of(Cell.figure("joined", w.count(joiners.joined())),
                Cell.figure("with-first-win", w.count(joiners.withFirstWin())),
                w.payCell("days-to-first-win", joiners.medianDaysToFirstWin(), d -> w.orNone(d.map(x -> w.number(x, 1)))),
                w.payCell("prorated-attainment", joiners.medianProratedAttainment(), a -> w.orNone(a.map(w::ratio))))));
        if (!joiners.people().isEmpty()) {
            Tables.table(html, "figures individual", List.of(w.t("report.col.person"), w.t("report.col.hire_date"), w.t("report.col.days_to_first_win"),
                    w.t("report.col.prorated_attainment")), joiners.people().stream().map(j -> List.of(Cell.of(j.name()), Cell.of(w.date(j.hireDate())),
                    Cell.of(w.orNone(j.daysToFirstWin().map(w::count))), Cell.of(w.orNone(j.proratedAttainment().map(w::ratio))))).toList());
        }
    }

    private void pools(Html html, PlanPeriod latest, List<PoolOutcome> pools) {
        html.element("h3", w.t("report.section.pools", w.period(latest.period())));
        List<List<Cell>> rows = new ArrayList<>();
        for (PoolOutcome pool : pools) {
            rows.add(List.of(Cell.of(pool.teamName()), Cell.figure("pool-attainment", w.orNone(pool.attainment().map(w::ratio))),
                    Cell.figure("pool-earned", w.t(pool.earned() ? "report.yes" : "report.no")),
                    w.payCell("pool", pool.pool(), w::money),
                    Cell.of(w.t("report.split." + pool.split().name().toLowerCase(Locale.ROOT))),
                    Cell.figure("sharers", w.count(pool.sharers())),
                    Cell.figure("largest-share", w.orNone(pool.largestShare().map(w::percent))),
                    Cell.figure("smallest-share", w.orNone(pool.smallestShare().map(w::percent)))));
        }
        Tables.table(html, "figures", List.of(w.t("report.col.team"), w.t("report.col.attainment"), w.t("report.col.earned"), w.t("report.col.pool"),
                w.t("report.col.split"), w.t("report.col.sharers"), w.t("report.col.largest_share"), w.t("report.col.smallest_share")), rows);
    }
}
