package app.bonusbot.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.payout.ClosedPeriods;
import app.bonusbot.core.survey.Audience;
import app.bonusbot.core.survey.Prerequisite;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyFixtures;
import app.bonusbot.core.survey.SurveyRun;
import app.bonusbot.core.survey.Surveys;
import app.bonusbot.core.time.Period;
import app.bonusbot.store.Database;
import app.bonusbot.store.SurveyStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The survey side on a real store: the anonymity threshold in every slice, trends over rounds, the prerequisites. */
class SurveySectionsTest {

    private static final Survey SURVEY = SurveyFixtures.survey(new Audience.AllSellers(), 3);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    /** A finished round opened on the day, with the given clarity answers per team (motivation 5 from everyone). */
    private static void round(SurveyStore store, LocalDate opened, Map<String, List<String>> clarityByTeam) {
        ZonedDateTime opens = opened.atTime(10, 0).atZone(ReportFixture.ZONE);
        Map<String, Integer> audience = Map.of("north", 5, "south", 4, "east", 2);
        SurveyRun run = store.claimRun(SURVEY.id(), opens.toLocalDateTime().toString(), opens.toInstant(), opens.plusDays(14).toInstant(), audience).orElseThrow();
        int respondent = 0;
        for (Map.Entry<String, List<String>> team : clarityByTeam.entrySet()) {
            for (String clarity : team.getValue()) {
                store.saveAnswers(run.id(), "r" + opened + "-" + (++respondent), team.getKey(), Map.of("clarity", clarity, "motivation", "5"),
                        opens.plusDays(1).toInstant());
            }
        }
        store.close(run.id(), opens.plusDays(14).toInstant());
    }

    private HealthReport report() {
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(ReportFixture.ZONE).toInstant(), ReportFixture.ZONE);
        SurveyStore store = new SurveyStore(Database.open(dir.resolve("bonusbot.db"), clock));
        // July: north 4 answers, south 3, east 1. October: north 5, south 3, east 2.
        round(store, LocalDate.of(2026, 7, 1), Map.of("north", List.of("5", "4", "4", "4"), "south", List.of("4", "4", "5"), "east", List.of("1")));
        round(store, LocalDate.of(2026, 10, 1), Map.of("north", List.of("3", "3", "4", "3", "3"), "south", List.of("3", "4", "2"), "east", List.of("1", "2")));
        ReportFixture fixture = new ReportFixture();
        Company company = fixture.company();
        Surveys surveys = new Surveys(List.of(SURVEY), store, () -> SurveyFixtures.KEY, () -> company, clock);
        return new HealthReports(company, fixture.ledger(), ClosedPeriods.NONE, surveys, ReportSettings.DEFAULTS)
                .report(Period.parse("2026-Q4").orElseThrow(), TODAY);
    }

    @Test
    void a_team_below_the_threshold_is_hidden_and_so_is_the_smallest_team_that_would_give_it_away() {
        // GIVEN k = 3; in July north 4, south 3, east 1 answered
        SurveyRoundHealth july = report().surveys().get(0).rounds().get(0);
        // THEN everyone (8) is shown; east (1) is hidden; south (3) is hidden too, or everyone minus north minus south = east
        assertEquals(Optional.of(new BigDecimal("3.88")), july.question("clarity").orElseThrow().figures().shownValue().orElseThrow().mean());
        Map<String, SurveyRoundHealth.TeamAnswers> teams = new java.util.TreeMap<>();
        july.teams().forEach(t -> teams.put(t.teamId(), t));
        assertInstanceOf(Slice.Shown.class, teams.get("north").questions().get(0).figures());
        assertInstanceOf(Slice.Hidden.class, teams.get("south").questions().get(0).figures());
        assertInstanceOf(Slice.Hidden.class, teams.get("east").questions().get(0).figures());
        assertInstanceOf(Slice.Hidden.class, teams.get("east").responseRate());
        // AND the response rate: 8 of an audience of 11
        assertEquals(new BigDecimal("72.7"), july.responseRate());
    }

    @Test
    void each_question_has_its_distribution_and_its_trend_over_the_rounds() {
        SurveyHealth survey = report().surveys().get(0);
        // GIVEN clarity 4.00, 4.00, ... : July mean 31/8 = 3.88, October 28/10 = 2.80
        QuestionFigures.Answers october = survey.rounds().get(1).question("clarity").orElseThrow().figures().shownValue().orElseThrow();
        assertEquals(Map.of("1", 1, "2", 2, "3", 5, "4", 2, "5", 0), october.distribution());
        assertEquals(new BigDecimal("90.9"), october.answerRate());
        QuestionTrend clarity = survey.trends().stream().filter(t -> t.questionId().equals("clarity")).findFirst().orElseThrow();
        assertEquals(List.of(Optional.of(new BigDecimal("3.88")), Optional.of(new BigDecimal("2.80"))), clarity.points().stream().map(TrendPoint::mean).toList());
        assertEquals(Optional.of(new BigDecimal("-1.08")), clarity.change());
    }

    @Test
    void a_prerequisite_stands_beside_its_outcome_and_its_drop_is_a_finding() {
        HealthReport report = report();
        PrerequisiteSide clarity = report.prerequisites().stream().filter(p -> p.prerequisite() == Prerequisite.CLARITY).findFirst().orElseThrow();
        // THEN clarity's means per round, beside the plan changes per period (none here)
        assertEquals(PlanOutcome.PLAN_CHANGES, clarity.outcome());
        assertEquals(List.of(Optional.of(new BigDecimal("3.88")), Optional.of(new BigDecimal("2.80"))), clarity.answers().stream().map(TrendPoint::mean).toList());
        assertEquals(5, clarity.outcomes().size());
        // AND motivation (0–10, all 5) is on the 1–5 scale: 1 + 0.4 x 5 = 3
        PrerequisiteSide motivation = report.prerequisites().stream().filter(p -> p.prerequisite() == Prerequisite.MOTIVATION).findFirst().orElseThrow();
        assertEquals(Optional.of(new BigDecimal("3.00")), motivation.answers().get(1).mean());
        // AND the drop of 1.08 is a finding "clarity fell from 3.88 to 2.80 since the round of 1 Jul"
        Finding drop = report.findings().stream().filter(f -> f.rule() == FindingRule.SURVEY_DROP).findFirst().orElseThrow();
        assertEquals(List.of(new FindingValue.Text("report.prerequisite.clarity"), new FindingValue.Mean(new BigDecimal("3.88")),
                new FindingValue.Mean(new BigDecimal("2.80")), new FindingValue.Day(LocalDate.of(2026, 7, 1))), drop.values());
    }

    @Test
    void the_prerequisites_are_clarity_relevance_realistic_targets_and_evaluation_with_motivation_as_a_fifth() {
        // WHEN the report is built
        HealthReport report = report();
        // THEN the four prerequisites come first, in that order, then motivation
        assertEquals(List.of(Prerequisite.CLARITY, Prerequisite.RELEVANCE, Prerequisite.ACHIEVABILITY, Prerequisite.EVALUATION, Prerequisite.MOTIVATION),
                report.prerequisites().stream().map(PrerequisiteSide::prerequisite).toList());
        // AND each has a name and an outcome with a name in English and Danish
        for (PrerequisiteSide side : report.prerequisites()) {
            for (Language language : Language.values()) {
                Texts texts = Texts.of(language);
                assertTrue(texts.has(side.prerequisite().textKey()) && texts.has(PlanOutcome.shortNameKey(side.prerequisite()))
                        && texts.has(side.outcome().textKey()), side + " in " + language);
            }
        }
    }

    @Test
    void evaluation_stands_beside_the_response_rate_of_the_rounds_that_opened_in_each_period() {
        // GIVEN July (2026-Q3): 8 of 11 answered; October (2026-Q4): 10 of 11; no round in the three quarters before
        HealthReport report = report();
        PrerequisiteSide evaluation = report.prerequisites().stream().filter(p -> p.prerequisite() == Prerequisite.EVALUATION).findFirst().orElseThrow();
        // THEN its outcome is the response rate per period, empty where no round opened
        assertEquals(PlanOutcome.RESPONSE_RATE, evaluation.outcome());
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("72.7")), Optional.of(new BigDecimal("90.9"))),
                evaluation.outcomes().stream().map(PrerequisiteSide.OutcomePoint::value).toList());
        // AND no question of this survey is tagged evaluation, so its rounds have no mean
        assertEquals(List.of(Optional.empty(), Optional.empty()), evaluation.answers().stream().map(TrendPoint::mean).toList());
    }

    @Test
    void the_response_rate_of_a_period_is_every_rounds_respondents_over_every_rounds_audience() {
        // GIVEN two rounds in 2026-Q4: 1 October (10 of 11 answered) and 1 November (2 of 11)
        Clock clock = Clock.fixed(TODAY.atTime(12, 0).atZone(ReportFixture.ZONE).toInstant(), ReportFixture.ZONE);
        SurveyStore store = new SurveyStore(Database.open(dir.resolve("two.db"), clock));
        round(store, LocalDate.of(2026, 10, 1), Map.of("north", List.of("3", "3", "4", "3", "3"), "south", List.of("3", "4", "2"), "east", List.of("1", "2")));
        round(store, LocalDate.of(2026, 11, 1), Map.of("north", List.of("4", "4")));
        ReportFixture fixture = new ReportFixture();
        Company company = fixture.company();
        Surveys surveys = new Surveys(List.of(SURVEY), store, () -> SurveyFixtures.KEY, () -> company, clock);
        // WHEN the report of 2026-Q4 is built
        HealthReport report = new HealthReports(company, fixture.ledger(), ClosedPeriods.NONE, surveys, ReportSettings.DEFAULTS)
                .report(Period.parse("2026-Q4").orElseThrow(), TODAY);
        // THEN evaluation's outcome in 2026-Q4 is 12 of 22 = 54.5 %
        PrerequisiteSide evaluation = report.prerequisites().stream().filter(p -> p.prerequisite() == Prerequisite.EVALUATION).findFirst().orElseThrow();
        assertEquals(Optional.of(new BigDecimal("54.5")), evaluation.outcomes().get(evaluation.outcomes().size() - 1).value());
    }

    @Test
    void a_round_answered_by_fewer_than_k_shows_no_question_at_all() {
        // GIVEN a round in which only two people answered
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T11:00:00Z"), ReportFixture.ZONE);
        SurveyStore store = new SurveyStore(Database.open(dir.resolve("small.db"), clock));
        round(store, LocalDate.of(2026, 10, 1), Map.of("north", List.of("5", "4")));
        ReportFixture fixture = new ReportFixture();
        Company company = fixture.company();
        Surveys surveys = new Surveys(List.of(SURVEY), store, () -> SurveyFixtures.KEY, () -> company, clock);
        SurveyRoundHealth round = new HealthReports(company, fixture.ledger(), ClosedPeriods.NONE, surveys, ReportSettings.DEFAULTS)
                .report(Period.parse("2026-Q4").orElseThrow(), TODAY).surveys().get(0).rounds().get(0);
        // THEN every question of everyone and of north is hidden
        round.questions().forEach(q -> assertInstanceOf(Slice.Hidden.class, q.figures()));
        round.teams().forEach(t -> t.questions().forEach(q -> assertInstanceOf(Slice.Hidden.class, q.figures())));
    }
}
