package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Amounts.assertValue;
import static app.bonusbot.core.engine.Deals.lost;
import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.bonusPlan;
import static app.bonusbot.core.engine.Plans.flatPlan;
import static app.bonusbot.core.engine.Plans.marginal;
import static app.bonusbot.core.engine.Plans.sum;
import static app.bonusbot.core.engine.Plans.winRate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.time.PeriodKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the quarter ends if the rest of it goes like the days so far. */
class PaceTest {

    private static final Person ANNA = People.seller("anna");
    private static final PerformancePlan PLAN = bonusPlan(PeriodKind.QUARTER, sum(),
            marginal(band("0", "1", "1"), band("1", null, "2")), "1000000", "100000");

    private static PlanResult.Performance evaluate(PerformancePlan plan, Person person, String today, app.bonusbot.core.deal.Deal... deals) {
        return (PlanResult.Performance) new Scenario().people(person).plans(plan).deals(deals).evaluate(plan, person, "2026-Q4", today);
    }

    @Test
    void projects_the_metric_to_the_end_of_the_running_quarter() {
        // given 15 Nov: Oct 1 .. Nov 15 = 46 of 92 days gone, 500,000 won

        // when
        Pace pace = evaluate(PLAN, ANNA, "2026-11-15", won("anna", "500000", "2026-10-20")).pace().orElseThrow();

        // then 500,000 x 92 / 46 = 1,000,000; a = 1.0; payout 1.0 x 100,000 x 1
        assertEquals(46, pace.elapsedDays());
        assertEquals(92, pace.totalDays());
        assertValue("1000000", pace.projectedMetric());
        assertValue("1", pace.projectedAttainment());
        assertMoney("100000.00", pace.projectedPayout());
    }

    @Test
    void a_new_hire_is_projected_over_their_own_active_days() {
        // given hired 1 Nov, seen 15 Nov: 15 of 61 active days gone, 150,000 won
        Person newHire = People.hiredOn("anna", "2026-11-01");

        // when
        Pace pace = evaluate(PLAN, newHire, "2026-11-15", won("anna", "150000", "2026-11-10")).pace().orElseThrow();

        // then 150,000 x 61 / 15 = 610,000; target 1,000,000 x 61/92 -> a = 610,000 x 92 / 61,000,000 = 0.92;
        // payout 0.92 x 100,000 x 61/92 = 61,000
        assertEquals(15, pace.elapsedDays());
        assertEquals(61, pace.totalDays());
        assertValue("610000", pace.projectedMetric());
        assertValue("0.92", pace.projectedAttainment().setScale(20, java.math.RoundingMode.HALF_UP));
        assertMoney("61000.00", pace.projectedPayout());
    }

    @Test
    void a_win_rate_projects_as_it_stands() {
        // given a win rate of 3 / 4 on 15 Nov
        PerformancePlan plan = bonusPlan(PeriodKind.QUARTER, winRate(), marginal(band("0", null, "1")), "0.5", "10000");

        // when
        Pace pace = evaluate(plan, ANNA, "2026-11-15", won("anna", "1", "2026-10-02"), won("anna", "1", "2026-10-03"),
                won("anna", "1", "2026-10-04"), lost("anna", "1", "2026-10-05")).pace().orElseThrow();

        // then 0.75, a = 1.5, payout 1.5 x 10,000
        assertValue("0.75", pace.projectedMetric());
        assertMoney("15000.00", pace.projectedPayout());
    }

    @Test
    void a_flat_plan_projects_its_payout_at_the_flat_rate() {
        // given 10 % of revenue, 46,000 won by 15 Nov (46 of 92 days)
        PerformancePlan flat = flatPlan(PeriodKind.QUARTER, sum(), "0.1");

        // when
        Pace pace = evaluate(flat, ANNA, "2026-11-15", won("anna", "46000", "2026-10-20")).pace().orElseThrow();

        // then 46,000 x 92 / 46 = 92,000; x 0.1
        assertValue("92000", pace.projectedMetric());
        assertMoney("9200.00", pace.projectedPayout());
    }

    @Test
    void a_past_quarter_has_no_pace() {
        // given Q4 seen in January

        // when
        Optional<Pace> pace = evaluate(PLAN, ANNA, "2027-01-15", won("anna", "500000", "2026-10-20")).pace();

        // then
        assertEquals(Optional.empty(), pace);
    }
}
