package app.bonusbot.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import app.bonusbot.core.survey.Prerequisite;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report on the demo company (bot-config/ and the HubSpot example export), as sales ops would run it. */
class DemoCompanyReportTest {

    @TempDir
    Path dir;

    @Test
    void the_demo_companys_report_of_the_running_quarter_has_at_least_two_findings() {
        // GIVEN the demo company on 27 November 2026
        try (Application app = DemoCompany.open(DemoCompany.configCopy(dir), dir, LocalDate.of(2026, 11, 27))) {
            // WHEN the report of 2026-Q4 is built
            HealthReport report = app.healthReports().report(Period.parse("2026-Q4").orElseThrow(), app.today());
            // THEN three of the four quarterly-bonus sellers are below its 50 % threshold, and the new-business pools were never earned
            Set<FindingRule> rules = report.findings().stream().map(Finding::rule).collect(Collectors.toSet());
            assertTrue(rules.containsAll(Set.of(FindingRule.BELOW_THRESHOLD, FindingRule.POOL_MISSED)), rules.toString());
            Finding below = report.findings().stream().filter(f -> f.rule() == FindingRule.BELOW_THRESHOLD).findFirst().orElseThrow();
            assertEquals(new FindingValue.Percent(new BigDecimal("75.0")), below.values().get(0));
            // AND the four quarters before are compared with, and every plan of plans.yaml has a section
            assertEquals(List.of("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"), report.periods().stream().map(Period::key).toList());
            assertEquals(app.company().plans().size(), report.plans().size());
        }
    }

    @Test
    void the_demo_companys_report_shows_its_survey_rounds_and_the_fall_in_clarity_as_a_third_finding() {
        // GIVEN the demo company on 27 November 2026, whose sellers answered the survey rounds of April, July and October
        try (Application app = DemoCompany.open(DemoCompany.configCopy(dir), dir, LocalDate.of(2026, 11, 27))) {
            // WHEN the report of 2026-Q4 is built
            HealthReport report = app.healthReports().report(Period.parse("2026-Q4").orElseThrow(), app.today());
            // THEN the three rounds are there, each answered by six or seven of the eight sellers asked
            SurveyHealth survey = report.surveys().get(0);
            assertEquals(List.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 10, 1)),
                    survey.rounds().stream().map(SurveyRoundHealth::opened).toList());
            assertEquals(List.of(new BigDecimal("75.0"), new BigDecimal("87.5"), new BigDecimal("75.0")),
                    survey.rounds().stream().map(SurveyRoundHealth::responseRate).toList());
            // AND everyone's answers are shown, no team's (2-4 sellers each, k = 5)
            SurveyRoundHealth october = survey.rounds().get(2);
            QuestionFigures.Answers clarity = october.question("clarity").orElseThrow().figures().shownValue().orElseThrow();
            assertEquals(Optional.of(new BigDecimal("3.17")), clarity.mean());
            october.teams().forEach(t -> t.questions().forEach(q -> assertTrue(!q.figures().isShown(), t.teamId() + " " + q.questionId())));
            // AND the four prerequisites have their means per round: clarity falls, realistic targets are low and sinking, evaluation rises
            assertEquals(List.of(Optional.of(new BigDecimal("4.33")), Optional.of(new BigDecimal("4.00")), Optional.of(new BigDecimal("3.17"))),
                    side(report, Prerequisite.CLARITY).answers().stream().map(TrendPoint::mean).toList());
            assertEquals(List.of(Optional.of(new BigDecimal("2.67")), Optional.of(new BigDecimal("3.29")), Optional.of(new BigDecimal("3.67"))),
                    side(report, Prerequisite.EVALUATION).answers().stream().map(TrendPoint::mean).toList());
            assertEquals(List.of(Optional.of(new BigDecimal("3.00")), Optional.of(new BigDecimal("2.71")), Optional.of(new BigDecimal("2.33"))),
                    side(report, Prerequisite.ACHIEVABILITY).answers().stream().map(TrendPoint::mean).toList());
            assertTrue(side(report, Prerequisite.RELEVANCE).answers().stream().allMatch(p -> p.mean().isPresent()), report.prerequisites().toString());
            // AND evaluation stands beside the response rate of each quarter's round
            assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("75.0")), Optional.of(new BigDecimal("87.5")),
                    Optional.of(new BigDecimal("75.0"))), side(report, Prerequisite.EVALUATION).outcomes().stream().map(PrerequisiteSide.OutcomePoint::value).toList());
            // AND clarity's fall from 4.00 to 3.17 since the round of 1 July is a third finding
            assertTrue(report.findings().size() >= 3, report.findings().toString());
            Finding drop = report.findings().stream().filter(f -> f.rule() == FindingRule.SURVEY_DROP).findFirst().orElseThrow();
            assertEquals(List.of(new FindingValue.Text("report.prerequisite.clarity"), new FindingValue.Mean(new BigDecimal("4.00")),
                    new FindingValue.Mean(new BigDecimal("3.17")), new FindingValue.Day(LocalDate.of(2026, 7, 1))), drop.values());
        }
    }

    private static PrerequisiteSide side(HealthReport report, Prerequisite prerequisite) {
        return report.prerequisites().stream().filter(p -> p.prerequisite() == prerequisite).findFirst().orElseThrow();
    }
}
