package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Deals.deal;
import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.countReached;
import static app.bonusbot.core.engine.Plans.dealTypeFrom;
import static app.bonusbot.core.engine.Plans.dealTypes;
import static app.bonusbot.core.engine.Plans.milestonePlan;
import static app.bonusbot.core.engine.Plans.perEvent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.MilestonePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Milestone rules in Q4 2026, seen on 15 January 2027. */
class MilestonePlanTest {

    private static final Person ANNA = People.seller("anna");

    private static PlanResult.Milestone evaluate(MilestonePlan plan, List<Deal> deals) {
        return (PlanResult.Milestone) new Scenario().people(ANNA).plans(plan).deals(deals.toArray(Deal[]::new))
                .evaluate(plan, ANNA, "2026-Q4", "2027-01-15");
    }

    private static List<Deal> newDeals(int n) {
        return IntStream.range(0, n).mapToObj(i -> won("anna", "10000", "2026-11-" + (10 + i), "new")).toList();
    }

    @Test
    void a_per_event_rule_pays_for_every_matching_won_deal_in_the_quarter() {
        // given 1,000 per renewal of at least 50,000
        MilestonePlan plan = milestonePlan(perEvent("big_renewal", dealTypeFrom("renewal", "50000"), "1000"));
        Deal exactlyMinimum = won("anna", "50000.00", "2026-10-05", "renewal");
        Deal large = won("anna", "80000", "2026-12-31", "renewal");
        List<Deal> deals = List.of(
                exactlyMinimum,
                won("anna", "49999.99", "2026-10-06", "renewal"),
                large,
                won("anna", "90000", "2026-11-01", "new"),
                deal("anna", "60000", "2026-11-02", Outcome.LOST, "renewal"),
                won("anna", "70000", "2026-09-30", "renewal"));

        // when
        PlanResult.Milestone result = evaluate(plan, deals);

        // then 50,000.00 and 80,000 pay; 49,999.99, a new deal, a lost one and a Q3 one do not: 2 x 1,000
        assertEquals(List.of(exactlyMinimum, large),
                result.lines().stream().map(l -> assertInstanceOf(PayoutLine.EventLine.class, l).deal()).toList());
        assertMoney("2000.00", result.total());
        assertTrue(result.rules().get(0).reached());
    }

    @Test
    void a_per_event_rule_without_matching_deals_pays_nothing() {
        // given 500 per upsell and only new deals
        MilestonePlan plan = milestonePlan(perEvent("upgrade", dealTypes("upsell"), "500"));

        // when
        PlanResult.Milestone result = evaluate(plan, newDeals(3));

        // then
        assertEquals(List.of(), result.lines());
        assertFalse(result.rules().get(0).reached());
        assertMoney("0.00", result.total());
    }

    @Test
    void a_count_rule_pays_once_when_the_count_is_exactly_reached() {
        // given 2,500 once 5 new deals are won
        MilestonePlan plan = milestonePlan(countReached("five_new", dealTypes("new"), 5, "2500"));

        // when
        PlanResult.Milestone result = evaluate(plan, newDeals(5));

        // then
        PayoutLine.CountReachedLine line = assertInstanceOf(PayoutLine.CountReachedLine.class, result.lines().get(0));
        assertEquals(5, line.count());
        assertTrue(result.rules().get(0).reached());
        assertMoney("2500.00", result.total());
    }

    @Test
    void a_count_rule_one_deal_short_pays_nothing() {
        // given 4 of 5 new deals
        MilestonePlan plan = milestonePlan(countReached("five_new", dealTypes("new"), 5, "2500"));

        // when
        PlanResult.Milestone result = evaluate(plan, newDeals(4));

        // then
        assertEquals(List.of(), result.lines());
        assertFalse(result.rules().get(0).reached());
        assertEquals(4, result.rules().get(0).deals().size());
    }

    @Test
    void a_count_rule_pays_only_once_however_far_past_the_count() {
        // given 7 new deals for a 5-deal milestone
        MilestonePlan plan = milestonePlan(countReached("five_new", dealTypes("new"), 5, "2500"));

        // when
        PlanResult.Milestone result = evaluate(plan, newDeals(7));

        // then
        assertEquals(1, result.lines().size());
        assertMoney("2500.00", result.total());
    }

    @Test
    void a_count_rule_counts_only_won_deals() {
        // given 4 won and 1 lost new deal
        MilestonePlan plan = milestonePlan(countReached("five_new", dealTypes("new"), 5, "2500"));
        List<Deal> deals = new ArrayList<>(newDeals(4));
        deals.add(deal("anna", "10000", "2026-11-30", Outcome.LOST, "new"));

        // when
        PlanResult.Milestone result = evaluate(plan, deals);

        // then
        assertMoney("0.00", result.total());
    }

    @Test
    void the_rules_of_a_plan_pay_side_by_side() {
        // given 1,000 per large renewal and 2,500 at 5 new deals
        MilestonePlan plan = milestonePlan(
                perEvent("big_renewal", dealTypeFrom("renewal", "50000"), "1000"),
                countReached("five_new", dealTypes("new"), 5, "2500"));
        List<Deal> deals = new ArrayList<>(newDeals(5));
        deals.add(won("anna", "60000", "2026-12-01", "renewal"));

        // when
        PlanResult.Milestone result = evaluate(plan, deals);

        // then 1,000 + 2,500
        assertEquals(2, result.lines().size());
        assertMoney("3500.00", result.total());
    }
}
