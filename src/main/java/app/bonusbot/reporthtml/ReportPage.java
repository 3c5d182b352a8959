package app.bonusbot.reporthtml;

import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.report.CompanyPeriod;
import app.bonusbot.core.report.Finding;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.core.report.PayoutCost;
import app.bonusbot.core.report.PlanHealth;
import app.bonusbot.core.report.PrerequisiteSide;
import app.bonusbot.core.report.SurveyHealth;
import app.bonusbot.reporthtml.Tables.Cell;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plan health report as one HTML file, in one language: findings first, in words with their numbers and rules;
 * then the whole company, each plan, the survey side and the prerequisites beside their plan outcomes. Everything it
 * shows is in the file (inline style, inline SVG charts), so it can be mailed, archived or printed as it is.
 */
public final class ReportPage {

    private final String companyName;

    /** @param companyName as settings.yaml names the company, in the page's title */
    public ReportPage(String companyName) {
        this.companyName = companyName;
    }

    /** The file's name for the report's period: {@code plan-health-2026-Q4.html}. */
    public static String fileName(HealthReport report) {
        return "plan-health-" + report.period().key() + ".html";
    }

    /** The page as UTF-8. */
    public byte[] bytes(HealthReport report, Language language) {
        return html(report, language).getBytes(StandardCharsets.UTF_8);
    }

    public String html(HealthReport report, Language language) {
        ReportWords w = new ReportWords(Texts.of(language), new Formats(language, report.currency()));
        String period = w.period(report.period());
        Html html = new Html();
        html.raw("<!DOCTYPE html>");
        html.open("html", "lang", language.code());
        html.open("head").raw("<meta charset=\"utf-8\">").raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.element("title", w.t("report.title") + " · " + companyName + " · " + period);
        html.open("style").raw(ReportStyle.CSS).close("style");
        html.close("head").open("body");
        header(html, w, report, period);
        findings(html, w, report.findings());
        company(html, w, report);
        plans(html, w, report);
        surveys(html, w, report.surveys());
        prerequisites(html, w, report.prerequisites());
        footer(html, w, report);
        html.close("body").close("html");
        return html.toString();
    }

    private void header(Html html, ReportWords w, HealthReport report, String period) {
        html.open("header", "class", "report");
        html.element("h1", w.t("report.title") + " · " + period);
        html.element("p", companyName, "class", "meta company");
        html.element("p", w.t("report.as_of", w.date(report.asOf())), "class", "meta");
        List<String> before = report.periods().subList(0, report.periods().size() - 1).stream().map(w::period).toList();
        if (!before.isEmpty()) {
            html.element("p", w.t("report.compared", String.join(", ", before)), "class", "meta");
        }
        html.close("header");
    }

    private static void findings(Html html, ReportWords w, List<Finding> findings) {
        html.open("section", "id", "findings");
        html.element("h2", w.t("report.findings"));
        if (findings.isEmpty()) {
            html.element("p", w.t("report.no_findings"), "class", "note");
        } else {
            html.open("ol", "class", "findings");
            for (Finding finding : findings) {
                html.open("li", "data-rule", finding.ruleId()).text(w.finding(finding)).text(" ")
                        .element("span", w.t("report.rule", finding.ruleId()), "class", "rule").close("li");
            }
            html.close("ol");
        }
        html.close("section");
    }

    private static void company(Html html, ReportWords w, HealthReport report) {
        html.open("section", "id", "company");
        html.element("h2", w.t("report.company"));
        List<List<Cell>> rows = new ArrayList<>();
        for (CompanyPeriod p : report.company()) {
            rows.add(List.of(Cell.of(w.period(p.period()) + " (" + w.t(p.closed() ? "report.closed" : "report.open") + ")"),
                    w.payCell("company-people", p.cost(), c -> w.count(c.people())),
                    w.payCell("company-payout", p.cost(), c -> w.money(c.payout())),
                    w.payCell("company-revenue", p.cost(), c -> w.money(c.revenue())),
                    w.payCell("company-cost-of-sales", p.cost(), c -> w.orNone(c.costOfSales().map(w::percent)))));
        }
        Tables.table(html, "figures", List.of(w.t("report.col.period"), w.t("report.col.people"), w.t("report.col.payout"), w.t("report.col.revenue"),
                w.t("report.col.cost_of_sales")), rows);
        List<Optional<BigDecimal>> costs = report.company().stream().map(p -> p.cost().shownValue().flatMap(PayoutCost::costOfSales)).toList();
        html.raw(LineChart.svg(w.t("report.col.cost_of_sales"), report.company().stream().map(p -> w.period(p.period())).toList(),
                List.of(new LineChart.Series(w.t("report.col.cost_of_sales"), costs, costs.stream().map(c -> c.map(w::percent).orElse("")).toList())),
                BigDecimal.ZERO, BigDecimal.TEN));
        CompanyPeriod latest = report.latest();
        if (!latest.teams().isEmpty()) {
            html.element("h3", w.t("report.section.teams", w.period(latest.period())));
            Tables.table(html, "figures", List.of(w.t("report.col.team"), w.t("report.col.payout"), w.t("report.col.revenue"), w.t("report.col.cost_of_sales")),
                    latest.teams().stream().map(t -> List.of(Cell.of(t.teamName()), w.payCell("team-payout", t.cost(), c -> w.money(c.payout())),
                            w.payCell("team-revenue", t.cost(), c -> w.money(c.revenue())),
                            w.payCell("team-cost-of-sales", t.cost(), c -> w.orNone(c.costOfSales().map(w::percent))))).toList());
        }
        html.close("section");
    }

    private static void plans(Html html, ReportWords w, HealthReport report) {
        html.open("section", "id", "plans");
        html.element("h2", w.t("report.plans"));
        PlanSection section = new PlanSection(w);
        for (PlanHealth plan : report.plans()) {
            section.write(html, plan);
        }
        html.close("section");
    }

    private static void surveys(Html html, ReportWords w, List<SurveyHealth> surveys) {
        html.open("section", "id", "surveys");
        html.element("h2", w.t("report.surveys"));
        if (surveys.isEmpty()) {
            html.element("p", w.t("report.no_surveys"), "class", "note");
        }
        SurveySection section = new SurveySection(w);
        surveys.forEach(s -> section.write(html, s));
        html.close("section");
    }

    private static void prerequisites(Html html, ReportWords w, List<PrerequisiteSide> sides) {
        html.open("section", "id", "prerequisites");
        html.element("h2", w.t("report.prerequisites"));
        html.element("p", w.t("report.prerequisites_intro"), "class", "note");
        PrerequisiteSection section = new PrerequisiteSection(w);
        sides.forEach(s -> section.write(html, s));
        html.close("section");
    }

    private static void footer(Html html, ReportWords w, HealthReport report) {
        html.open("footer", "class", "meta");
        html.element("p", w.t(report.settings().showIndividualPay() ? "report.privacy.individual" : "report.privacy.no_individual",
                w.count(report.settings().minGroupSize())));
        html.element("p", w.t("report.rules_in_readme"));
        html.close("footer");
    }
}
