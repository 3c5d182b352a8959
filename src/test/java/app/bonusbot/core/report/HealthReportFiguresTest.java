package app.bonusbot.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.payout.ClosedPeriods;
import app.bonusbot.core.payout.FrozenStatement;
import app.bonusbot.core.payout.PeriodClose;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.Surveys;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HealthReportFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Period Q3 = Period.parse("2026-Q3").orElseThrow();

    private static HealthReport report(ReportFixture fixture, ReportSettings settings, ClosedPeriods closed) {
        Company company = fixture.company();
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ReportFixture.ZONE).toInstant(), ReportFixture.ZONE);
        return new HealthReports(company, fixture.ledger(), closed, Surveys.none(() -> company, clock), settings).report(Q3, TODAY);
    }

    private static HealthReport report(ReportFixture fixture, ReportSettings settings) {
        return report(fixture, settings, ClosedPeriods.NONE);
    }

    private static PlanPeriod q3(HealthReport report) {
        return report.plans().get(0).latest().orElseThrow();
    }

    private static AttainmentSpread spread(PlanPeriod period) {
        return ((PlanFigures.Performance) period.figures()).attainment().orElseThrow();
    }

    private static ReportSettings withIndividualPay() {
        return new ReportSettings(4, true, 3, Map.of(), Set.of());
    }

    @Test
    void the_histogram_puts_each_seller_in_the_ten_percent_bucket_of_their_attainment() {
        // GIVEN ten sellers at 0, 20, 49.999, 50, 80, 99.999, 100, 120, 150 and 200 % of target
        // WHEN the report of 2026-Q3 is built
        AttainmentSpread spread = spread(q3(report(new ReportFixture(), ReportSettings.DEFAULTS)));
        // THEN 49.999 % is in 40–50 %, 50 % opens 50–60 %, 100 % opens 100–110 %, and 150 % and 200 % are in the open last bucket
        int[] expected = {1, 0, 1, 0, 1, 1, 0, 0, 1, 1, 1, 0, 1, 0, 0, 2};
        assertEquals(16, spread.buckets().size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], spread.buckets().get(i).sellers(), "bucket from " + spread.buckets().get(i).from());
        }
        assertEquals(new BigDecimal("0.5"), spread.buckets().get(5).from());
        assertEquals(Optional.empty(), spread.buckets().get(15).to());
        assertEquals(10, spread.measured());
    }

    @Test
    void a_seller_exactly_at_the_threshold_has_reached_it_and_one_exactly_at_target_is_above_it() {
        // GIVEN the same sellers; 50 % is the threshold, 150 % of target bonus the cap
        AttainmentSpread spread = spread(q3(report(new ReportFixture(), ReportSettings.DEFAULTS)));
        // THEN below: 0, 20, 49.999 (3 of 10); threshold to target: 50, 80, 99.999 (3); at or above target: 100, 120, 150, 200 (4)
        assertEquals(Share.of(3, 10), spread.belowThreshold());
        assertEquals(new BigDecimal("30.0"), spread.belowThreshold().percent());
        assertEquals(Share.of(3, 10), spread.thresholdToTarget());
        assertEquals(Share.of(4, 10), spread.aboveTarget());
        // AND only 200 % was cut by the cap: 150 % pays exactly the cap, nothing taken off
        assertEquals(Share.of(1, 10), spread.atCap());
        assertEquals(new BigDecimal("10.0"), spread.atCap().percent());
        assertEquals(Share.of(7, 10), spread.reachedThreshold());
    }

    @Test
    void cost_of_sales_is_the_payout_over_the_revenue_it_paid_on_per_plan_team_and_company() {
        // GIVEN payouts 0, 0, 0, 5,000, 8,000, 9,999.90, 10,000, 12,000, 15,000 and 15,000 (capped) on revenue 869,998
        HealthReport report = report(new ReportFixture(), ReportSettings.DEFAULTS);
        PayoutCost plan = q3(report).cost().shownValue().orElseThrow();
        // THEN 74,999.90 / 869,998 = 8.62 %
        assertEquals(new BigDecimal("74999.90"), plan.payout());
        assertEquals(0, new BigDecimal("869998").compareTo(plan.revenue()));
        assertEquals(Optional.of(new BigDecimal("8.6")), plan.costOfSales());
        // AND North paid 13,000 on 199,999 (6.5 %), South 61,999.90 on 669,999 (9.3 %)
        Map<String, PayoutCost> teams = Map.of(
                q3(report).teams().get(0).teamId(), q3(report).teams().get(0).cost().shownValue().orElseThrow(),
                q3(report).teams().get(1).teamId(), q3(report).teams().get(1).cost().shownValue().orElseThrow());
        assertEquals(new BigDecimal("13000.00"), teams.get("north").payout());
        assertEquals(Optional.of(new BigDecimal("6.5")), teams.get("north").costOfSales());
        assertEquals(new BigDecimal("61999.90"), teams.get("south").payout());
        assertEquals(Optional.of(new BigDecimal("9.3")), teams.get("south").costOfSales());
        // AND the company, on the same people's won revenue, the same 8.6 %
        PayoutCost company = report.latest().cost().shownValue().orElseThrow();
        assertEquals(Optional.of(new BigDecimal("8.6")), company.costOfSales());
        assertEquals(10, company.people());
    }

    @Test
    void the_top_ten_percent_share_and_the_median_are_worked_out_over_everyone_on_the_plan() {
        // GIVEN individual pay shown (so a top 10 % of one person may be)
        Concentration concentration = q3(report(new ReportFixture(), withIndividualPay())).concentration().shownValue().orElseThrow();
        // THEN the top 10 % is one seller with 15,000 of 74,999.90 = 20.0 %, the median (8,000 + 9,999.90) / 2
        assertEquals(1, concentration.topPeople());
        assertEquals(new BigDecimal("20.0"), concentration.topShare());
        assertEquals(new BigDecimal("8999.95"), concentration.medianPayout());
    }

    @Test
    void without_individual_pay_a_top_ten_percent_of_fewer_than_k_people_is_hidden_and_nobody_is_listed() {
        // GIVEN the default settings: no individual pay, k = 3
        PlanPeriod period = q3(report(new ReportFixture(), ReportSettings.DEFAULTS));
        // THEN the top 10 % (one person) would be their pay: hidden; and no line per person
        assertInstanceOf(Slice.Hidden.class, period.concentration());
        assertEquals(List.of(), period.individual());
        // AND with individual pay shown, every seller has a line
        assertEquals(10, q3(report(new ReportFixture(), withIndividualPay())).individual().size());
    }

    @Test
    void a_team_too_small_to_show_hides_the_smallest_other_team_too_so_it_cannot_be_worked_out_by_subtraction() {
        // GIVEN one seller in East besides North and South (five each)
        ReportFixture fixture = new ReportFixture().person(new Person("e1", "Eve East", null, "east", LocalDate.of(2020, 1, 1), null, Language.EN, Map.of()));
        fixture.won("e1", 60_000, LocalDate.of(2026, 9, 1));
        List<TeamCost> teams = q3(report(fixture, ReportSettings.DEFAULTS)).teams();
        // THEN East (1 < 3) is hidden, and so is North (the smaller of the others, by id), leaving 6 hidden: South alone is shown
        Map<String, Boolean> shown = Map.of(teams.get(0).teamId(), teams.get(0).cost().isShown(), teams.get(1).teamId(), teams.get(1).cost().isShown(),
                teams.get(2).teamId(), teams.get(2).cost().isShown());
        assertEquals(Map.of("east", false, "north", false, "south", true), shown);
    }

    @Test
    void the_report_compares_with_the_configured_number_of_periods_before_oldest_first() {
        // GIVEN previous_periods 2
        HealthReport report = report(new ReportFixture(), new ReportSettings(2, false, 3, Map.of(), Set.of()));
        // THEN Q1, Q2 and Q3 of 2026, oldest first, per company and per plan
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3"), report.periods().stream().map(Period::key).toList());
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3"), report.company().stream().map(c -> c.period().key()).toList());
        assertEquals(3, report.plans().get(0).periods().size());
    }

    @Test
    void a_closed_period_reports_the_cash_that_was_paid_not_worked_out_again() {
        // GIVEN 2026-Q3 closed with every seller's plan frozen at 1,000 paid
        ClosedPeriods closed = new ClosedPeriods() {
            @Override
            public Map<String, PeriodClose> closed() {
                return Map.of("2026-Q3", new PeriodClose("2026-Q3", Instant.parse("2026-10-05T10:00:00Z"), "karin"));
            }

            @Override
            public Optional<FrozenStatement> frozen(String personId, String periodKey) {
                return Optional.of(new FrozenStatement(personId, periodKey, "{}", Map.of(), Map.of(Language.EN, new app.bonusbot.core.reply.Reply("", List.of())),
                        Map.of(), Map.of(), List.of(new FrozenStatement.PlanCash(ReportFixture.PLAN, new BigDecimal("1000.00"), Optional.empty(), "digest"))));
            }
        };
        PlanPeriod period = q3(report(new ReportFixture(), ReportSettings.DEFAULTS, closed));
        // THEN the plan paid 10 x 1,000 as frozen, marked closed; the attainment is still the engine's
        assertTrue(period.closed());
        assertEquals(new BigDecimal("10000.00"), period.cost().shownValue().orElseThrow().payout());
        assertEquals(Share.of(3, 10), spread(period).belowThreshold());
        assertFalse(report(new ReportFixture(), ReportSettings.DEFAULTS).latest().closed());
    }
}
