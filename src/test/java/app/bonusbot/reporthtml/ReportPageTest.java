package app.bonusbot.reporthtml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.report.CompanyPeriod;
import app.bonusbot.core.report.FindingWords;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.core.report.PayoutCost;
import app.bonusbot.core.report.PlanHealth;
import app.bonusbot.core.report.PlanPeriod;
import app.bonusbot.core.report.QuestionFigures;
import app.bonusbot.core.report.ReportSettings;
import app.bonusbot.core.report.Slice;
import app.bonusbot.core.report.SurveyHealth;
import app.bonusbot.core.report.SurveyRoundHealth;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plan health report's HTML page, parsed with jsoup: its sections, its numbers against the model's, and nothing external. */
class ReportPageTest {

    private static final String COMPANY = "Nordlys Software ApS";
    private static final Currency DKK = Currency.getInstance("DKK");

    @TempDir
    static Path dir;

    private static HealthReport demo;
    private static Document english;
    private static Document danish;

    @BeforeAll
    static void the_demo_companys_report_of_q4_2026_in_both_languages() {
        demo = DemoReport.of(dir);
        english = Jsoup.parse(new ReportPage(COMPANY).html(demo, Language.EN));
        danish = Jsoup.parse(new ReportPage(COMPANY).html(demo, Language.DA));
    }

    @Test
    void the_demo_company_makes_at_least_two_findings_and_the_page_states_them_first_in_words_with_their_rules() {
        // given the demo company's report (in @BeforeAll)
        // when the page is read
        List<Element> sections = english.select("body > section");
        List<Element> findings = english.select("#findings ol.findings > li");
        // then the findings come first, one per finding, worded as the texts word them with their numbers
        assertTrue(demo.findings().size() >= 2, demo.findings().toString());
        assertEquals(List.of("findings", "company", "plans", "surveys", "prerequisites"), sections.stream().map(Element::id).toList());
        assertEquals(demo.findings().size(), findings.size());
        FindingWords words = new FindingWords(Texts.of(Language.EN), new Formats(Language.EN, DKK));
        for (int i = 0; i < findings.size(); i++) {
            assertTrue(findings.get(i).text().startsWith(words.of(demo.findings().get(i))), findings.get(i).text());
            assertEquals(demo.findings().get(i).ruleId(), findings.get(i).attr("data-rule"));
        }
        assertTrue(english.select("#findings li").first().text().matches("^\\d+ % of sellers are below the threshold of .*"), findings.get(0).text());
    }

    @Test
    void every_plan_has_its_section_with_a_histogram_per_measured_period_and_the_survey_and_prerequisites_sides_are_there() {
        // when
        List<String> planSections = english.select("#plans > section.plan").stream().map(Element::id).toList();
        // then
        assertEquals(demo.plans().stream().map(p -> "plan-" + p.planId()).toList(), planSections);
        PlanHealth quarterly = demo.plans().stream().filter(p -> p.planId().equals("quarterly-bonus")).findFirst().orElseThrow();
        long measured = quarterly.periods().stream().filter(p -> PlanSection.spread(p).isPresent()).count();
        assertEquals(measured, english.select("#plan-quarterly-bonus figure.histogram svg").size());
        assertEquals(demo.surveys().size(), english.select("#surveys > section.survey").size());
        // the issue's four prerequisites first, each beside its outcome; motivation follows as a fifth
        List<String> prerequisites = english.select("#prerequisites > section.prerequisite").stream().map(Element::id).toList();
        assertEquals(List.of("prerequisite-clarity", "prerequisite-relevance", "prerequisite-achievability", "prerequisite-evaluation"),
                prerequisites.subList(0, 4));
        assertEquals(demo.prerequisites().size(), prerequisites.size());
        assertEquals(demo.prerequisites().size(), english.select("#prerequisites .side-by-side").stream().filter(e -> e.select("figure").size() == 2).count());
    }

    @Test
    void the_key_numbers_are_the_models_in_english_and_in_danish() {
        // given the company's figures per period
        List<Element> rows = english.select("#company > table").first().select("tbody tr");
        List<Element> rowsDa = danish.select("#company > table").first().select("tbody tr");
        assertEquals(demo.company().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CompanyPeriod p = demo.company().get(i);
            PayoutCost cost = p.cost().shownValue().orElseThrow();
            // then the payout is the model's, with the currency, in each language's way of writing numbers
            assertEquals(new Formats(Language.EN, DKK).money(cost.payout()), rows.get(i).select("[data-figure=company-payout]").text());
            assertEquals(new Formats(Language.DA, DKK).money(cost.payout()), rowsDa.get(i).select("[data-figure=company-payout]").text());
            assertEquals(cost.costOfSales().map(c -> c.toPlainString().replaceAll("\\.0$", "") + " %").orElse("–"),
                    rows.get(i).select("[data-figure=company-cost-of-sales]").text());
        }
        // and each plan's share below threshold in the report's period
        PlanPeriod latest = demo.plans().stream().filter(p -> p.planId().equals("quarterly-bonus")).findFirst().orElseThrow().latest().orElseThrow();
        BigDecimal below = PlanSection.spread(latest).orElseThrow().belowThreshold().percent();
        List<Element> attainment = english.select("#plan-quarterly-bonus [data-figure=below-threshold]");
        assertEquals(below.stripTrailingZeros().toPlainString() + " %", attainment.get(attainment.size() - 1).text());
        // and Danish writes a decimal comma and kroner
        assertTrue(danish.select("#company [data-figure=company-payout]").text().contains(" kr."), danish.select("#company").text());
        assertTrue(Pattern.compile("\\d,\\d %").matcher(danish.select("#company").text()).find(), danish.select("#company").text());
        assertEquals("da", danish.select("html").attr("lang"));
        assertTrue(danish.title().startsWith("Planernes sundhedsrapport"), danish.title());
    }

    @Test
    void the_page_references_nothing_outside_itself() {
        for (Document page : List.of(english, danish)) {
            // no scripts, linked style sheets, images, frames or objects at all
            assertEquals(0, page.select("script, link, img, iframe, object, embed, source, video, audio").size());
            // no src, href or xlink:href to anything
            for (Element e : page.getAllElements()) {
                e.attributes().forEach(a -> assertFalse(a.getKey().equalsIgnoreCase("src") || a.getKey().toLowerCase().endsWith("href"),
                        e.tagName() + " " + a));
            }
            String style = page.select("style").html();
            assertFalse(style.contains("@import"), "an @import");
            assertFalse(Pattern.compile("url\\((?!\\s*['\"]?data:)").matcher(style + page.select("[style]").outerHtml()).find(), "a url( to a file");
            assertFalse(style.contains("@font-face"), "a font to fetch");
            assertFalse(page.outerHtml().contains("http://") || page.outerHtml().contains("https://"), "an address");
        }
        // and it has its print style: a page break before each plan
        assertTrue(english.select("style").html().contains("@media print"));
        assertTrue(english.select("style").html().contains("section.plan"));
    }

    @Test
    void survey_figures_below_the_anonymity_threshold_are_shown_as_hidden_and_never_as_numbers() {
        // given a round whose second question, and one team's answers, were answered by fewer than 5
        Period q4 = Period.parse("2026-Q4").orElseThrow();
        QuestionFigures clarity = new QuestionFigures("clarity", LocalizedText.of("I understand how my bonus is calculated"), Optional.empty(),
                Slice.shown(new QuestionFigures.Answers(6, Optional.of(new BigDecimal("3.83")), Map.of("1", 0, "2", 1, "3", 1, "4", 3, "5", 1),
                        new BigDecimal("75.0"))));
        QuestionFigures targets = new QuestionFigures("targets", LocalizedText.of("My target is realistic"), Optional.empty(), Slice.hidden(5));
        SurveyRoundHealth.TeamAnswers dach = new SurveyRoundHealth.TeamAnswers("dach", "DACH", Slice.hidden(5),
                List.of(new QuestionFigures("clarity", clarity.text(), Optional.empty(), Slice.hidden(5)),
                        new QuestionFigures("targets", targets.text(), Optional.empty(), Slice.hidden(5))));
        SurveyRoundHealth round = new SurveyRoundHealth(7, LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16), 8, 6, new BigDecimal("75.0"),
                List.of(clarity, targets), List.of(dach));
        SurveyHealth survey = new SurveyHealth("pulse", LocalizedText.of("Bonus pulse"), 5, List.of(round), List.of());
        CompanyPeriod company = new CompanyPeriod(q4, false, Slice.hidden(3), List.of());
        HealthReport report = new HealthReport(q4, List.of(q4), LocalDate.of(2026, 11, 27), DKK, ReportSettings.DEFAULTS, List.of(company), List.of(),
                List.of(survey), List.of(), List.of());

        // when
        Document page = Jsoup.parse(new ReportPage(COMPANY).html(report, Language.EN));

        // then the shown question has its numbers and its distribution chart
        Element shown = page.selectFirst("[data-question=clarity]");
        assertEquals("3.83", shown.select("[data-figure=mean]").text());
        assertEquals(1, shown.select("svg").size());
        // and the hidden question and team say so, with no number and no chart
        Element hidden = page.selectFirst("[data-question=targets]");
        assertEquals("hidden (fewer than 5 answers)", hidden.select("[data-figure=mean]").text());
        assertEquals("hidden (fewer than 5 answers)", hidden.select("[data-figure=answered]").text());
        assertEquals(0, hidden.select("svg").size());
        Element team = page.select("#surveys table.teams tbody tr").first();
        assertEquals("DACH hidden (fewer than 5 answers) hidden (fewer than 5 answers) hidden (fewer than 5 answers)", team.text());
        assertEquals(3, team.select(".hidden-slice").size());
        // and the company's pay of fewer than 3 people is hidden too
        assertEquals("hidden (fewer than 3 people)", page.select("[data-figure=company-payout]").text());
    }

    @Test
    void no_individual_pay_is_in_the_page_unless_the_model_carries_it() {
        // given the demo company's settings show no individual pay (the default)
        assertFalse(demo.settings().showIndividualPay());
        // then
        assertEquals(0, english.select("table.individual").size());
        assertTrue(english.select("footer").text().contains("No individual pay is shown"), english.select("footer").text());
    }
}
