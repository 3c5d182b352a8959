package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Amounts.assertValue;
import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.bonusPlan;
import static app.bonusbot.core.engine.Plans.count;
import static app.bonusbot.core.engine.Plans.marginal;
import static app.bonusbot.core.engine.Plans.sum;
import static app.bonusbot.core.engine.Plans.withThreshold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the next step is and how much of the metric it still needs. */
class NextStepTest {

    private static final Person ANNA = People.seller("anna");

    /** Target 1,000,000; threshold 50 %; [0, 1) 1.0, [1, 1.5) 2.0, [1.5, open) 0.5. */
    private static final PerformancePlan PLAN = bonusPlan(PeriodKind.QUARTER, sum(),
            withThreshold(marginal(band("0", "1", "1"), band("1", "1.5", "2"), band("1.5", null, "0.5")), "0.5"), "1000000", "100000");

    private static PlanResult.Performance evaluate(PerformancePlan plan, Person person, Deal... deals) {
        return (PlanResult.Performance) new Scenario().people(person).plans(plan).deals(deals)
                .evaluate(plan, person, "2026-Q4", "2026-11-17");
    }

    @Test
    void below_the_threshold_the_next_step_is_the_threshold() {
        // given 300,000 won: a = 0.3

        // when
        NextStep next = evaluate(PLAN, ANNA, won("anna", "300000", "2026-11-02")).next().orElseThrow();

        // then 0.5 x 1,000,000 - 300,000 = 200,000 more, paid at the rate of the band holding 0.5
        assertTrue(next.threshold());
        assertValue("0.5", next.attainment());
        assertMoney("200000.00", next.metricNeeded());
        assertValue("1", next.rate());
    }

    @Test
    void past_the_threshold_the_next_step_is_the_next_band() {
        // given 600,000 won: a = 0.6

        // when
        NextStep next = evaluate(PLAN, ANNA, won("anna", "600000", "2026-11-02")).next().orElseThrow();

        // then 1,000,000 - 600,000 = 400,000 more to the band paying 2.0
        assertFalse(next.threshold());
        assertValue("1", next.attainment());
        assertMoney("400000.00", next.metricNeeded());
        assertValue("2", next.rate());
    }

    @Test
    void exactly_on_the_threshold_the_next_step_is_the_next_band() {
        // given 500,000 won: a = 0.5

        // when
        NextStep next = evaluate(PLAN, ANNA, won("anna", "500000", "2026-11-02")).next().orElseThrow();

        // then
        assertFalse(next.threshold());
        assertMoney("500000.00", next.metricNeeded());
    }

    @Test
    void exactly_on_a_band_edge_the_next_step_is_the_band_after() {
        // given 1,000,000 won: a = 1.0 is in [1, 1.5)

        // when
        NextStep next = evaluate(PLAN, ANNA, won("anna", "1000000", "2026-11-02")).next().orElseThrow();

        // then 1.5 x 1,000,000 - 1,000,000
        assertValue("1.5", next.attainment());
        assertMoney("500000.00", next.metricNeeded());
        assertValue("0.5", next.rate());
    }

    @Test
    void in_the_top_band_there_is_no_next_step() {
        // given 1,600,000 won: a = 1.6

        // when
        Optional<NextStep> next = evaluate(PLAN, ANNA, won("anna", "1600000", "2026-11-02")).next();

        // then
        assertEquals(Optional.empty(), next);
    }

    @Test
    void the_amount_needed_is_rounded_up_to_the_cent_and_reaches_the_band() {
        // given left 14 Nov (45 of 92 days): target 1,000,000 x 45 / 92 = 489,130.4347826...; no threshold
        PerformancePlan plan = bonusPlan(PeriodKind.QUARTER, sum(), marginal(band("0", "1", "1"), band("1", null, "2")), "1000000", "100000");
        Person leaver = People.leftOn("anna", "2026-11-14");

        // when
        NextStep next = evaluate(plan, leaver).next().orElseThrow();
        PlanResult.Performance withNeeded = evaluate(plan, leaver, won("anna", next.metricNeeded().toPlainString(), "2026-11-02"));
        PlanResult.Performance aCentShort = evaluate(plan, leaver,
                won("anna", next.metricNeeded().subtract(new BigDecimal("0.01")).toPlainString(), "2026-11-02"));

        // then up, not half up (which would give .43); .44 reaches a >= 1, .43 does not
        assertMoney("489130.44", next.metricNeeded());
        assertTrue(withNeeded.attainment().orElseThrow().compareTo(BigDecimal.ONE) >= 0);
        assertTrue(aCentShort.attainment().orElseThrow().compareTo(BigDecimal.ONE) < 0);
    }

    @Test
    void a_deal_count_still_needed_is_rounded_up_to_whole_deals() {
        // given a target of 10 deals prorated to 45 of 92 days = 4.89 deals; 3 deals won
        PerformancePlan plan = bonusPlan(PeriodKind.QUARTER, count(), marginal(band("0", "1", "1"), band("1", null, "2")), "10", "10000");
        Person leaver = People.leftOn("anna", "2026-11-14");

        // when
        NextStep next = evaluate(plan, leaver,
                won("anna", "1", "2026-10-02"), won("anna", "1", "2026-10-03"), won("anna", "1", "2026-10-04")).next().orElseThrow();

        // then 4.89 - 3 = 1.89, so 2 more deals
        assertEquals(new BigDecimal("2"), next.metricNeeded());
    }
}
