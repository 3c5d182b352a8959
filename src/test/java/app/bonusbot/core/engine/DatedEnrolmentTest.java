package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Amounts.assertValue;
import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.marginal;
import static app.bonusbot.core.engine.Plans.sum;
import static app.bonusbot.core.engine.Scenario.in;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Enrolment;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.time.DateSpan;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.time.PeriodRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A seller's own plan counts only the days and deals while they are enrolled: Q4 2026 has 92 days; the plan's target
 * is 920,000 and its target bonus 92,000, one band at rate 1 on the target bonus.
 */
class DatedEnrolmentTest {

    private static final Person MO = People.person("mo", "south", null, null);

    private static PerformancePlan plan(Enrolment enrolment) {
        return new PerformancePlan("bonus", LocalizedText.of("Bonus"), PeriodKind.QUARTER, enrolment, sum(), PayoutBase.TARGET_BONUS,
                marginal(band("0", null, "1")), null, new BigDecimal("920000"), new BigDecimal("92000"));
    }

    private static PlanResult.Performance q4(Scenario scenario) {
        Statement statement = scenario.evaluator().statement(MO, new PeriodRequest.Explicit(Scenario.period("2026-Q4")), LocalDate.parse("2027-01-15"));
        assertEquals(1, statement.results().size());
        return (PlanResult.Performance) statement.results().get(0);
    }

    @Test
    void a_plan_of_the_team_someone_leaves_mid_quarter_is_prorated_to_their_days_in_it_and_counts_only_its_deals() {
        // GIVEN a plan for team north, and mo in north until 15 Nov (46 days of Q4), then in south
        Scenario scenario = new Scenario().people(MO).plans(plan(new Enrolment(Set.of(), Set.of(People.TEAM))))
                .moves("mo", in(People.TEAM, null, "2026-11-15"), in("south", "2026-11-16", null))
                .deals(won("mo", "230000", "2026-10-20"), won("mo", "500000", "2026-12-01"));

        // WHEN mo looks at Q4
        PlanResult.Performance result = q4(scenario);

        // THEN 46 of 92 days: target 460,000 and target bonus 46,000; the deal of 1 Dec, closed in south, does not count
        assertEquals(46, result.proration().activeDays());
        assertValue("460000", result.target());
        assertValue("230000", result.metric());
        assertMoney("23000.00", result.total());
    }

    @Test
    void a_person_enrolled_from_a_date_counts_from_that_date() {
        // GIVEN mo named on the plan from 1 Dec 2026 (31 days of Q4)
        Enrolment fromDecember = new Enrolment(Set.of("mo"), Set.of(), Map.of("mo", new DateSpan(LocalDate.parse("2026-12-01"), null)), Map.of());
        Scenario scenario = new Scenario().people(MO).plans(plan(fromDecember))
                .deals(won("mo", "230000", "2026-10-20"), won("mo", "155000", "2026-12-01"));

        // WHEN mo looks at Q4
        PlanResult.Performance result = q4(scenario);

        // THEN target 310,000, target bonus 31,000, and only the deal of 1 Dec: 155,000 / 310,000 x 31,000
        assertEquals(31, result.proration().activeDays());
        assertValue("310000", result.target());
        assertValue("155000", result.metric());
        assertMoney("15500.00", result.total());
    }

    @Test
    void a_team_enrolled_until_a_date_stops_counting_after_it() {
        // GIVEN team south on the plan until 31 Oct 2026 (31 days of Q4); mo always in south
        Enrolment untilOctober = new Enrolment(Set.of(), Set.of("south"), Map.of(), Map.of("south", new DateSpan(null, LocalDate.parse("2026-10-31"))));
        Scenario scenario = new Scenario().people(MO).plans(plan(untilOctober))
                .deals(won("mo", "62000", "2026-10-20"), won("mo", "500000", "2026-11-02"));

        // WHEN mo looks at Q4
        PlanResult.Performance result = q4(scenario);

        // THEN target 310,000 and only October's deal
        assertEquals(31, result.proration().activeDays());
        assertValue("62000", result.metric());
        assertMoney("6200.00", result.total());
    }
}
