package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.bonusPlan;
import static app.bonusbot.core.engine.Plans.flatPlan;
import static app.bonusbot.core.engine.Plans.marginal;
import static app.bonusbot.core.engine.Plans.retroactive;
import static app.bonusbot.core.engine.Plans.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every payout line is rounded to 2 decimals HALF_UP; totals are sums of rounded lines. */
class RoundingTest {

    private static final Person ANNA = People.seller("anna");

    private static PlanResult evaluate(PerformancePlan plan, String amountWon) {
        return new Scenario().people(ANNA).plans(plan).deals(won("anna", amountWon, "2026-11-17"))
                .evaluate(plan, ANNA, "2026-Q4", "2027-01-15");
    }

    @Test
    void a_line_of_exactly_half_a_cent_rounds_up() {
        // given 1 % of 1,000.50 = 10.005
        PerformancePlan plan = flatPlan(PeriodKind.QUARTER, sum(), "0.01");

        // when
        PlanResult result = evaluate(plan, "1000.50");

        // then
        assertMoney("10.01", result.lines().get(0).amount());
    }

    @Test
    void a_line_just_under_half_a_cent_rounds_down() {
        // given 1 % of 1,000.49 = 10.0049
        PerformancePlan plan = flatPlan(PeriodKind.QUARTER, sum(), "0.01");

        // when
        PlanResult result = evaluate(plan, "1000.49");

        // then
        assertMoney("10.00", result.lines().get(0).amount());
    }

    @Test
    void a_retroactive_line_of_half_a_cent_rounds_up() {
        // given target 100, target bonus 100.01, rate 0.5, a = 1.0: 1.0 x 100.01 x 0.5 = 50.005
        PerformancePlan plan = bonusPlan(PeriodKind.QUARTER, sum(), retroactive(band("0", null, "0.5")), "100", "100.01");

        // when
        PlanResult result = evaluate(plan, "100");

        // then
        assertEquals(List.of(new BigDecimal("50.01")), result.lines().stream().map(PayoutLine::amount).toList());
    }

    @Test
    void the_total_is_the_sum_of_the_rounded_lines_not_the_rounded_sum() {
        // given target 1,000, target bonus 20.01, [0, 0.5) 1.0 and [0.5, open) 1.0; a = 1.0
        PerformancePlan plan = bonusPlan(PeriodKind.QUARTER, sum(), marginal(band("0", "0.5", "1"), band("0.5", null, "1")), "1000", "20.01");

        // when
        PlanResult result = evaluate(plan, "1000");

        // then each slice is 0.5 x 20.01 = 10.005 -> 10.01; total 20.02, where rounding the exact 20.01 would give 20.01
        assertEquals(List.of(new BigDecimal("10.01"), new BigDecimal("10.01")), result.lines().stream().map(PayoutLine::amount).toList());
        assertMoney("20.02", result.total());
    }

    @Test
    void money_lines_round_half_up_at_the_second_decimal() {
        // given amounts on either side of half a cent

        // when / then
        assertMoney("0.01", Money.line(new BigDecimal("0.005")));
        assertMoney("0.00", Money.line(new BigDecimal("0.0049999")));
        assertMoney("2.68", Money.line(new BigDecimal("2.675")));
        assertMoney("-0.01", Money.line(new BigDecimal("-0.005")));
        assertMoney("7.00", Money.line(new BigDecimal("7")));
    }
}
