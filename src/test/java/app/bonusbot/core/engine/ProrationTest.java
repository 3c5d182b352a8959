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
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.time.PeriodKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Target and target bonus times active days / days in period. Q4 2026 has 92 days; the plan's target is 920,000 and
 * its target bonus 92,000, so each active day is worth 10,000 of target and 1,000 of target bonus.
 */
class ProrationTest {

    private static final PerformancePlan PLAN = bonusPlan(PeriodKind.QUARTER, sum(), marginal(band("0", null, "1")), "920000", "92000");

    private static PlanResult.Performance evaluate(PerformancePlan plan, Person person, Deal... deals) {
        return (PlanResult.Performance) new Scenario().people(person).plans(plan).deals(deals)
                .evaluate(plan, person, "2026-Q4", "2027-01-15");
    }

    @Test
    void a_hire_in_the_middle_of_the_quarter_gets_a_prorated_target_and_target_bonus() {
        // given hired 15 Nov: Nov 15..30 (16) + Dec (31) = 47 active days
        Person newHire = People.hiredOn("anna", "2026-11-15");

        // when 235,000 won
        PlanResult.Performance result = evaluate(PLAN, newHire, won("anna", "235000", "2026-12-01"));

        // then target 470,000, target bonus 47,000, a = 0.5, payout 0.5 x 47,000 = 23,500
        assertEquals(new Proration(47, 92), result.proration());
        assertValue("470000", result.target());
        assertValue("47000", result.targetBonus());
        assertValue("0.5", result.attainment().orElseThrow());
        assertMoney("23500.00", result.total());
    }

    @Test
    void a_leaver_counts_their_leave_date_as_an_active_day() {
        // given left 14 Nov: Oct (31) + Nov 1..14 (14) = 45 active days
        Person leaver = People.leftOn("anna", "2026-11-14");

        // when 450,000 won
        PlanResult.Performance result = evaluate(PLAN, leaver, won("anna", "450000", "2026-11-10"));

        // then target 450,000, target bonus 45,000, a = 1.0, payout 45,000
        assertEquals(new Proration(45, 92), result.proration());
        assertValue("450000", result.target());
        assertValue("45000", result.targetBonus());
        assertMoney("45000.00", result.total());
    }

    @Test
    void someone_hired_and_leaving_in_the_same_quarter_is_prorated_on_both_ends() {
        // given employed 11 Oct .. 20 Dec: 21 + 30 + 20 = 71 active days
        Person shortStay = People.employed("anna", "2026-10-11", "2026-12-20");

        // when 710,000 won
        PlanResult.Performance result = evaluate(PLAN, shortStay, won("anna", "710000", "2026-11-10"));

        // then target 710,000, target bonus 71,000, a = 1.0
        assertEquals(new Proration(71, 92), result.proration());
        assertValue("710000", result.target());
        assertMoney("71000.00", result.total());
    }

    @Test
    void hired_on_the_first_day_and_leaving_on_the_last_day_is_the_whole_quarter() {
        // given
        Person wholeQuarter = People.employed("anna", "2026-10-01", "2026-12-31");

        // when
        PlanResult.Performance result = evaluate(PLAN, wholeQuarter, won("anna", "920000", "2026-11-10"));

        // then
        assertTrue(result.proration().isFull());
        assertValue("920000", result.target());
        assertMoney("92000.00", result.total());
    }

    @Test
    void hired_on_the_last_day_is_one_active_day() {
        // given
        Person lastDay = People.hiredOn("anna", "2026-12-31");

        // when 10,000 won
        PlanResult.Performance result = evaluate(PLAN, lastDay, won("anna", "10000", "2026-12-31"));

        // then target 10,000, target bonus 1,000, a = 1.0
        assertEquals(new Proration(1, 92), result.proration());
        assertMoney("1000.00", result.total());
    }

    @Test
    void a_win_rate_target_is_not_prorated_but_its_target_bonus_is() {
        // given a 50 % win-rate target, target bonus 9,200; hired 15 Nov (47 of 92 days)
        PerformancePlan plan = bonusPlan(PeriodKind.QUARTER, winRate(), marginal(band("0", null, "1")), "0.5", "9200");
        Person newHire = People.hiredOn("anna", "2026-11-15");

        // when 3 won, 1 lost: win rate 0.75
        PlanResult.Performance result = evaluate(plan, newHire,
                won("anna", "1", "2026-11-20"), won("anna", "1", "2026-11-21"), won("anna", "1", "2026-11-22"), lost("anna", "1", "2026-11-23"));

        // then target stays 0.5, a = 1.5; target bonus 9,200 x 47/92 = 4,700; payout 1.5 x 4,700 = 7,050
        assertValue("0.5", result.target());
        assertValue("4700", result.targetBonus());
        assertValue("1.5", result.attainment().orElseThrow());
        assertMoney("7050.00", result.total());
    }

    @Test
    void a_plan_with_a_target_pays_nothing_in_a_quarter_without_a_working_day_because_its_target_is_prorated_to_zero() {
        // given one hired after the quarter and one who left before it, both owning Q4 deals in the CRM
        Person hiredLater = People.hiredOn("anna", "2027-01-05");
        Person leftBefore = People.leftOn("anna", "2026-09-30");

        // when
        PlanResult.Performance notYetHired = evaluate(PLAN, hiredLater, won("anna", "500000", "2026-11-10"));
        PlanResult.Performance gone = evaluate(PLAN, leftBefore, won("anna", "500000", "2026-11-10"));

        // then
        assertEquals(new Proration(0, 92), notYetHired.proration());
        assertEquals(List.of(), notYetHired.lines());
        assertMoney("0.00", notYetHired.total());
        assertEquals(new Proration(0, 92), gone.proration());
        assertMoney("0.00", gone.total());
    }

    @Test
    void a_flat_rate_plan_pays_on_deals_closed_in_a_quarter_without_a_working_day() {
        // given a flat rate has no target to prorate; the CRM owner is the source of truth
        PerformancePlan flat = flatPlan(PeriodKind.QUARTER, sum(), "0.1");
        Person leftBefore = People.leftOn("anna", "2026-09-30");
        Person hiredLater = People.hiredOn("anna", "2027-01-05");

        // when
        PlanResult.Performance gone = evaluate(flat, leftBefore, won("anna", "500000", "2026-11-10"));
        PlanResult.Performance notYetHired = evaluate(flat, hiredLater, won("anna", "200000", "2026-12-10"));

        // then 10 % of what each owned
        assertEquals(new Proration(0, 92), gone.proration());
        assertMoney("50000.00", gone.total());
        assertMoney("20000.00", notYetHired.total());
    }

    @Test
    void the_proration_factor_is_active_days_over_period_days() {
        // given
        Proration proration = new Proration(47, 92);

        // when / then: 920,000 x 47 / 92 = 470,000
        assertValue("470000", proration.apply(Amounts.dec("920000")));
        assertValue("0.5108695652173913043478260869565217", proration.factor());
        assertEquals(null, proration.apply(null));
    }
}
