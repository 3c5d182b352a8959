package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Amounts.assertValue;
import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.bonusPlan;
import static app.bonusbot.core.engine.Plans.capAmount;
import static app.bonusbot.core.engine.Plans.capTimesTargetBonus;
import static app.bonusbot.core.engine.Plans.commissionPlan;
import static app.bonusbot.core.engine.Plans.flatPlan;
import static app.bonusbot.core.engine.Plans.marginal;
import static app.bonusbot.core.engine.Plans.retroactive;
import static app.bonusbot.core.engine.Plans.sum;
import static app.bonusbot.core.engine.Plans.withCap;
import static app.bonusbot.core.engine.Plans.withThreshold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Band;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Tiers;
import app.bonusbot.core.time.PeriodKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The band math of a performance plan on a closed quarter (Q4 2026, seen on 15 January 2027). */
class PerformancePlanTest {

    private static final Person ANNA = People.seller("anna");
    private static final Band LOW = band("0", "0.5", "0.5");
    private static final Band MID = band("0.5", "1.0", "1.0");
    private static final Band TOP = band("1.0", null, "1.5");

    /** Target 1,000,000, target bonus 100,000; bands [0, .5) 0.5, [.5, 1) 1.0, [1, open) 1.5. */
    private static PerformancePlan plan(Tiers tiers) {
        return bonusPlan(PeriodKind.QUARTER, sum(), tiers, "1000000", "100000");
    }

    private static PlanResult.Performance evaluate(PerformancePlan plan, Person person, Deal... deals) {
        return (PlanResult.Performance) new Scenario().people(person).plans(plan).deals(deals)
                .evaluate(plan, person, "2026-Q4", "2027-01-15");
    }

    private static PlanResult.Performance evaluate(PerformancePlan plan, String amountWon) {
        return evaluate(plan, ANNA, won("anna", amountWon, "2026-11-17"));
    }

    private static List<String> amounts(PlanResult result) {
        return result.lines().stream().map(l -> l.amount().toPlainString()).toList();
    }

    @Test
    void marginal_mode_pays_each_band_its_own_slice_of_attainment() {
        // given 1,200,000 won: a = 1.2
        PerformancePlan plan = plan(marginal(LOW, MID, TOP));

        // when
        PlanResult.Performance result = evaluate(plan, "1200000");

        // then (0.5-0) x 100,000 x 0.5 = 25,000; (1.0-0.5) x 100,000 x 1.0 = 50,000; (1.2-1.0) x 100,000 x 1.5 = 30,000
        assertValue("1.2", result.attainment().orElseThrow());
        assertEquals(List.of("25000.00", "50000.00", "30000.00"), amounts(result));
        assertMoney("105000.00", result.total());
        PayoutLine.BandLine top = assertInstanceOf(PayoutLine.BandLine.class, result.lines().get(2));
        assertEquals(TOP, top.band());
        assertValue("1.0", top.sliceFrom());
        assertValue("1.2", top.sliceTo());
    }

    @Test
    void marginal_mode_pays_only_the_first_band_below_its_edge() {
        // given 300,000 won: a = 0.3
        PerformancePlan plan = plan(marginal(LOW, MID, TOP));

        // when
        PlanResult.Performance result = evaluate(plan, "300000");

        // then 0.3 x 100,000 x 0.5 = 15,000
        assertEquals(List.of("15000.00"), amounts(result));
    }

    @Test
    void marginal_mode_on_a_band_edge_pays_the_lower_bands_in_full_and_nothing_of_the_next() {
        // given a = 0.5 and a = 1.0 exactly
        PerformancePlan plan = plan(marginal(LOW, MID, TOP));

        // when
        PlanResult.Performance atHalf = evaluate(plan, "500000");
        PlanResult.Performance atTarget = evaluate(plan, "1000000");

        // then 0.5 x 100,000 x 0.5 = 25,000; then + 0.5 x 100,000 x 1.0 = 50,000
        assertEquals(List.of("25000.00"), amounts(atHalf));
        assertEquals(List.of("25000.00", "50000.00"), amounts(atTarget));
        assertMoney("75000.00", atTarget.total());
    }

    @Test
    void retroactive_mode_pays_all_of_attainment_at_the_rate_of_the_band_it_ends_in() {
        // given
        PerformancePlan plan = plan(retroactive(LOW, MID, TOP));

        // when
        PlanResult.Performance above = evaluate(plan, "1200000");
        PlanResult.Performance middle = evaluate(plan, "800000");

        // then 1.2 x 100,000 x 1.5 = 180,000; 0.8 x 100,000 x 1.0 = 80,000
        assertEquals(List.of("180000.00"), amounts(above));
        assertEquals(List.of("80000.00"), amounts(middle));
    }

    @Test
    void retroactive_mode_puts_an_attainment_equal_to_a_bands_to_into_the_next_band() {
        // given a = 0.5, a = 0.49999 and a = 1.0
        PerformancePlan plan = plan(retroactive(LOW, MID, TOP));

        // when
        PlanResult.Performance atHalf = evaluate(plan, "500000");
        PlanResult.Performance justBelowHalf = evaluate(plan, "499990");
        PlanResult.Performance atTarget = evaluate(plan, "1000000");

        // then 0.5 x 100,000 x 1.0 = 50,000; 0.49999 x 100,000 x 0.5 = 24,999.50; 1.0 x 100,000 x 1.5 = 150,000
        assertEquals(List.of("50000.00"), amounts(atHalf));
        assertEquals(List.of("24999.50"), amounts(justBelowHalf));
        assertEquals(List.of("150000.00"), amounts(atTarget));
    }

    @Test
    void commission_style_rates_are_shares_of_revenue() {
        // given target 1,000,000, [0, 1) 5 %, [1, open) 8 %, 1,250,000 won
        Tiers tiers = marginal(band("0", "1", "0.05"), band("1", null, "0.08"));
        PerformancePlan commission = commissionPlan(PeriodKind.QUARTER, sum(), tiers, "1000000", "100000");

        // when
        PlanResult.Performance result = evaluate(commission, "1250000");

        // then 1.0 x 1,000,000 x 0.05 = 50,000; 0.25 x 1,000,000 x 0.08 = 20,000
        assertEquals(List.of("50000.00", "20000.00"), amounts(result));
        assertMoney("70000.00", result.total());
    }

    @Test
    void bonus_style_rates_multiply_the_target_bonus() {
        // given the same tiers on a target bonus of 100,000
        Tiers tiers = marginal(band("0", "1", "0.05"), band("1", null, "0.08"));
        PerformancePlan bonus = bonusPlan(PeriodKind.QUARTER, sum(), tiers, "1000000", "100000");

        // when
        PlanResult.Performance result = evaluate(bonus, "1250000");

        // then 1.0 x 100,000 x 0.05 = 5,000; 0.25 x 100,000 x 0.08 = 2,000
        assertEquals(List.of("5000.00", "2000.00"), amounts(result));
    }

    @Test
    void a_threshold_exactly_met_pays_from_zero() {
        // given threshold 50 %, [0, 1) 1.0, [1, open) 2.0
        PerformancePlan plan = plan(withThreshold(marginal(band("0", "1", "1"), band("1", null, "2")), "0.5"));

        // when
        PlanResult.Performance result = evaluate(plan, "500000");

        // then 0.5 x 100,000 x 1.0, counted from 0 rather than from the threshold
        assertTrue(result.tiers().thresholdMet());
        assertEquals(List.of("50000.00"), amounts(result));
    }

    @Test
    void just_below_the_threshold_pays_nothing() {
        // given threshold 50 %: a = 499,999.99 / 1,000,000 < 0.5
        PerformancePlan plan = plan(withThreshold(marginal(band("0", "1", "1"), band("1", null, "2")), "0.5"));

        // when
        PlanResult.Performance result = evaluate(plan, "499999.99");

        // then
        assertFalse(result.tiers().thresholdMet());
        assertEquals(List.of(), result.lines());
        assertMoney("0.00", result.total());
    }

    @Test
    void a_retroactive_plan_gates_on_its_threshold_too() {
        // given threshold 50 %
        PerformancePlan plan = plan(withThreshold(retroactive(band("0", "1", "1"), band("1", null, "2")), "0.5"));

        // when
        PlanResult.Performance met = evaluate(plan, "500000");
        PlanResult.Performance missed = evaluate(plan, "499999.99");

        // then 0.5 x 100,000 x 1.0; and nothing
        assertEquals(List.of("50000.00"), amounts(met));
        assertMoney("0.00", missed.total());
    }

    @Test
    void a_cap_amount_takes_off_what_lies_above_it() {
        // given a cap of 120,000 and 1,500,000 won: a = 1.5
        PerformancePlan plan = plan(withCap(marginal(LOW, MID, TOP), capAmount("120000")));

        // when
        PlanResult.Performance result = evaluate(plan, "1500000");

        // then 25,000 + 50,000 + 0.5 x 100,000 x 1.5 = 150,000, less 30,000 above the cap
        assertEquals(List.of("25000.00", "50000.00", "75000.00", "-30000.00"), amounts(result));
        assertInstanceOf(PayoutLine.CapLine.class, result.lines().get(3));
        assertTrue(result.tiers().capped());
        assertMoney("120000.00", result.total());
    }

    @Test
    void a_payout_exactly_at_the_cap_is_not_capped() {
        // given a cap of 120,000 and a = 1.3
        PerformancePlan plan = plan(withCap(marginal(LOW, MID, TOP), capAmount("120000")));

        // when
        PlanResult.Performance result = evaluate(plan, "1300000");

        // then 25,000 + 50,000 + 0.3 x 100,000 x 1.5 = 120,000
        assertFalse(result.tiers().capped());
        assertEquals(List.of("25000.00", "50000.00", "45000.00"), amounts(result));
    }

    @Test
    void a_cap_as_a_multiple_of_the_target_bonus_uses_the_prorated_target_bonus() {
        // given hired 15 Nov: 47 of 92 days; target 920,000 -> 470,000; target bonus 92,000 -> 47,000; cap 1.5 x 47,000 = 70,500
        PerformancePlan plan = bonusPlan(PeriodKind.QUARTER, sum(), withCap(marginal(LOW, MID, TOP), capTimesTargetBonus("1.5")),
                "920000", "92000");
        Person newHire = People.hiredOn("anna", "2026-11-15");

        // when 940,000 won: a = 2.0
        PlanResult.Performance result = evaluate(plan, newHire, won("anna", "940000", "2026-12-01"));

        // then 0.5 x 47,000 x 0.5 = 11,750; 0.5 x 47,000 = 23,500; 1.0 x 47,000 x 1.5 = 70,500; sum 105,750 less 35,250
        assertEquals(List.of("11750.00", "23500.00", "70500.00", "-35250.00"), amounts(result));
        assertMoney("70500.00", result.tiers().capLimit());
        assertMoney("70500.00", result.total());
    }

    @Test
    void a_decelerator_is_a_lower_rate_in_a_higher_band() {
        // given [0, 1) 1.0, [1, 1.5) 2.0, [1.5, open) 0.5
        PerformancePlan plan = plan(marginal(band("0", "1", "1"), band("1", "1.5", "2"), band("1.5", null, "0.5")));

        // when
        PlanResult.Performance atOneAndAHalf = evaluate(plan, "1500000");
        PlanResult.Performance atTwo = evaluate(plan, "2000000");

        // then 100,000 + 0.5 x 100,000 x 2 = 200,000; the next 0.5 only adds 0.5 x 100,000 x 0.5 = 25,000
        assertMoney("200000.00", atOneAndAHalf.total());
        assertEquals(List.of("100000.00", "100000.00", "25000.00"), amounts(atTwo));
    }

    @Test
    void a_plan_without_target_pays_a_flat_rate_on_the_metric() {
        // given 10 % of revenue
        PerformancePlan flat = flatPlan(PeriodKind.QUARTER, sum(), "0.1");

        // when
        PlanResult.Performance result = evaluate(flat, "123456.78");

        // then 123,456.78 x 0.1 = 12,345.678
        assertEquals(List.of("12345.68"), amounts(result));
        assertInstanceOf(PayoutLine.FlatLine.class, result.lines().get(0));
        assertFalse(result.missingTarget());
    }

    @Test
    void a_plan_whose_target_is_missing_pays_nothing_and_says_so() {
        // given no default target and only a target row for Q3
        PerformancePlan plan = bonusPlan(PeriodKind.QUARTER, sum(), marginal(LOW, MID, TOP), null, "100000");
        Scenario scenario = new Scenario().people(ANNA).plans(plan).deals(won("anna", "1000000", "2026-11-17"))
                .personTarget("anna", "bonus", "2026-Q3", "1000000", "100000");

        // when
        PlanResult.Performance result = (PlanResult.Performance) scenario.evaluate(plan, ANNA, "2026-Q4", "2027-01-15");

        // then
        assertTrue(result.missingTarget());
        assertEquals(Optional.empty(), result.attainment());
        assertMoney("0.00", result.total());
    }

    @Test
    void a_target_row_for_the_person_and_period_overrides_the_plan_defaults() {
        // given a Q4 row of target 500,000 and target bonus 50,000 for anna, and another seller's row
        PerformancePlan plan = plan(marginal(LOW, MID, TOP));
        Scenario scenario = new Scenario().people(ANNA).plans(plan).deals(won("anna", "500000", "2026-11-17"))
                .personTarget("anna", "bonus", "2026-Q4", "500000", "50000")
                .personTarget("bo", "bonus", "2026-Q4", "10", "10");

        // when
        PlanResult.Performance result = (PlanResult.Performance) scenario.evaluate(plan, ANNA, "2026-Q4", "2027-01-15");

        // then a = 1.0: 0.5 x 50,000 x 0.5 = 12,500; 0.5 x 50,000 x 1.0 = 25,000
        assertEquals(List.of("12500.00", "25000.00"), amounts(result));
    }

    @Test
    void a_target_row_without_target_bonus_takes_the_plans_default_target_bonus() {
        // given a Q4 row of target 500,000 and no target bonus; the default target bonus is 100,000
        PerformancePlan plan = plan(marginal(LOW, MID, TOP));
        Scenario scenario = new Scenario().people(ANNA).plans(plan).deals(won("anna", "500000", "2026-11-17"))
                .personTarget("anna", "bonus", "2026-Q4", "500000", null);

        // when
        PlanResult.Performance result = (PlanResult.Performance) scenario.evaluate(plan, ANNA, "2026-Q4", "2027-01-15");

        // then a = 1.0: 0.5 x 100,000 x 0.5 = 25,000; 0.5 x 100,000 x 1.0 = 50,000
        assertEquals(List.of("25000.00", "50000.00"), amounts(result));
    }

    @Test
    void nothing_won_pays_nothing() {
        // given no deals
        PerformancePlan plan = plan(marginal(LOW, MID, TOP));

        // when
        PlanResult.Performance result = evaluate(plan, ANNA);

        // then
        assertValue("0", result.attainment().orElseThrow());
        assertMoney("0.00", result.total());
    }

    @Test
    void a_bonus_style_plan_with_a_target_but_no_target_bonus_counts_as_missing_its_target() {
        // given a plan without defaults and a Q4 row with a target only: the rates have nothing to multiply
        PerformancePlan plan = bonusPlan(PeriodKind.QUARTER, sum(), marginal(LOW, MID, TOP), null, null);
        Scenario scenario = new Scenario().people(ANNA).plans(plan).deals(won("anna", "500000", "2026-11-17"))
                .personTarget("anna", "bonus", "2026-Q4", "1000000", null);

        // when
        PlanResult.Performance result = (PlanResult.Performance) scenario.evaluate(plan, ANNA, "2026-Q4", "2027-01-15");

        // then
        assertTrue(result.missingTarget());
        assertEquals(Optional.empty(), result.attainment());
        assertMoney("0.00", result.total());
    }
}
