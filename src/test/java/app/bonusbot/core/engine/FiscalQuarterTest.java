package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Amounts.assertValue;
import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.bonusPlan;
import static app.bonusbot.core.engine.Plans.marginal;
import static app.bonusbot.core.engine.Plans.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

/**
 * A quarterly plan under a fiscal year: the quarter, its target and its proration follow the fiscal year. FY2028 Q4 of
 * a year starting in April and FY2028 Q3 of one starting in July are both January to March 2028, 91 days with the leap
 * day; a target of 910,000 with a target bonus of 91,000 is 10,000 and 1,000 a day.
 */
class FiscalQuarterTest {

    private static final PerformancePlan PLAN = bonusPlan(PeriodKind.QUARTER, sum(), marginal(band("0", null, "1")), null, null);

    @Test
    void a_hire_on_the_leap_day_is_prorated_over_the_fourth_quarter_of_an_april_fiscal_year() {
        // given a fiscal year starting in April, a target for 2028-Q4 (FY2028 Q4: January to March 2028) and a hire on 29 February:
        // Feb 29 (1) + March (31) = 32 active days of 91
        Person anna = People.hiredOn("anna", "2028-02-29");
        Scenario scenario = new Scenario().fiscalYear(new FiscalYear(Month.APRIL)).people(anna).plans(PLAN)
                .personTarget("anna", PLAN.id(), "FY2028-Q4", "910000", "91000")
                .deals(won("anna", "160000", "2028-03-10"), won("anna", "500000", "2028-04-01"), won("anna", "700000", "2027-12-31"));

        // when anna asks about q4 in April, after the fiscal year ended
        PlanResult.Performance result = (PlanResult.Performance) scenario.evaluator()
                .statement(anna, PeriodRequest.parse("q4").orElseThrow(), LocalDate.of(2028, 4, 10)).results().get(0);

        // then only the deal won in January to March counts; target 320,000, target bonus 32,000, a = 0.5, payout 16,000
        assertEquals("FY2028-Q4", result.period().key());
        assertEquals(new Proration(32, 91), result.proration());
        assertValue("160000", result.metric());
        assertValue("320000", result.target());
        assertValue("32000", result.targetBonus());
        assertMoney("16000.00", result.total());
    }

    @Test
    void the_pace_of_the_current_quarter_counts_the_days_of_the_july_fiscal_quarter() {
        // given a fiscal year starting in July: on 29 February 2028 the current quarter is FY2028 Q3, 60 of its 91 days gone
        Person anna = People.hiredOn("anna", "2020-01-01");
        Scenario scenario = new Scenario().fiscalYear(new FiscalYear(Month.JULY)).people(anna).plans(PLAN)
                .personTarget("anna", PLAN.id(), "FY2028-Q3", "910000", "91000")
                .deals(won("anna", "300000", "2028-02-29"), won("anna", "400000", "2027-12-31"));

        // when
        PlanResult.Performance result = (PlanResult.Performance) scenario.evaluator()
                .statement(anna, PeriodRequest.CURRENT, LocalDate.of(2028, 2, 29)).results().get(0);

        // then
        assertEquals("FY2028-Q3", result.period().key());
        assertEquals(LocalDate.of(2028, 1, 1), result.period().start());
        assertValue("300000", result.metric());
        assertValue("910000", result.target());
        assertEquals(60, result.pace().orElseThrow().elapsedDays());
        assertEquals(91, result.pace().orElseThrow().totalDays());
    }
}
