package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Plans.grant;
import static app.bonusbot.core.engine.Plans.stockPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.StockPlan;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.PeriodKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Vested shares: 0 before the cliff, else floor(n x min(completed months, total) / total). */
class StockPlanTest {

    private static final Person ANNA = People.seller("anna");

    /** 4,800 shares granted 15 Jan 2025, 12-month cliff, 48 months in all, at 85.50 a share. */
    private static final StockPlan PLAN = stockPlan("85.50", grant("anna", 4800, "2025-01-15", 12, 48));

    /** The plan as of a day, in the quarter containing that day. */
    private static PlanResult.Stock on(StockPlan plan, Person person, String day) {
        LocalDate date = LocalDate.parse(day);
        return (PlanResult.Stock) new Scenario().people(person).plans(plan)
                .evaluator().evaluate(plan, person, PeriodKind.QUARTER.containing(date, FiscalYear.CALENDAR), date);
    }

    @Test
    void nothing_vests_before_the_cliff() {
        // given the day before the cliff: 11 completed months

        // when
        PlanResult.Stock result = on(PLAN, ANNA, "2026-01-14");

        // then
        assertEquals(0, result.vested());
        assertEquals(4800, result.unvested());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 15)), result.nextVesting());
        assertMoney("0.00", result.value());
    }

    @Test
    void the_cliff_vests_its_months_at_once_on_the_cliff_date() {
        // given exactly 12 completed months

        // when
        PlanResult.Stock result = on(PLAN, ANNA, "2026-01-15");

        // then 4,800 x 12 / 48 = 1,200, worth 1,200 x 85.50 = 102,600
        assertEquals(1200, result.vested());
        assertEquals(3600, result.unvested());
        assertMoney("102600.00", result.value());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 15)), result.nextVesting());
    }

    @Test
    void after_the_cliff_shares_vest_monthly_on_the_grant_day() {
        // given the day before and the day of the 13th month

        // when
        PlanResult.Stock before = on(PLAN, ANNA, "2026-02-14");
        PlanResult.Stock on = on(PLAN, ANNA, "2026-02-15");

        // then 1,200, then 4,800 x 13 / 48 = 1,300 worth 111,150
        assertEquals(1200, before.vested());
        assertEquals(1300, on.vested());
        assertMoney("111150.00", on.value());
    }

    @Test
    void vested_shares_are_rounded_down_to_whole_shares() {
        // given 1,000 shares over 48 months, 13 months in, at 12.3456
        StockPlan plan = stockPlan("12.3456", grant("anna", 1000, "2025-01-15", 12, 48));

        // when
        PlanResult.Stock result = on(plan, ANNA, "2026-02-15");

        // then 1,000 x 13 / 48 = 270.83 -> 270; value 270 x 12.3456 = 3,333.312 -> 3,333.31
        assertEquals(270, result.vested());
        assertEquals(730, result.unvested());
        assertMoney("3333.31", result.value());
    }

    @Test
    void everything_is_vested_after_the_last_month_and_nothing_more_comes() {
        // given 48 months and later

        // when
        PlanResult.Stock done = on(PLAN, ANNA, "2029-01-15");
        PlanResult.Stock later = on(PLAN, ANNA, "2030-06-01");

        // then
        assertEquals(4800, done.vested());
        assertEquals(0, done.unvested());
        assertEquals(Optional.empty(), done.nextVesting());
        assertEquals(4800, later.vested());
    }

    @Test
    void a_grant_on_a_month_end_vests_on_the_last_day_of_shorter_months() {
        // given 1,200 shares granted 31 Jan 2025, 1-month cliff, 12 months
        StockPlan plan = stockPlan("10", grant("anna", 1200, "2025-01-31", 1, 12));

        // when
        PlanResult.Stock feb27 = on(plan, ANNA, "2025-02-27");
        PlanResult.Stock feb28 = on(plan, ANNA, "2025-02-28");
        PlanResult.Stock mar30 = on(plan, ANNA, "2025-03-30");
        PlanResult.Stock mar31 = on(plan, ANNA, "2025-03-31");

        // then 31 Jan + 1 month = 28 Feb; + 2 months = 31 Mar
        assertEquals(0, feb27.vested());
        assertEquals(Optional.of(LocalDate.of(2025, 2, 28)), feb27.nextVesting());
        assertEquals(100, feb28.vested());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 31)), feb28.nextVesting());
        assertEquals(100, mar30.vested());
        assertEquals(200, mar31.vested());
    }

    @Test
    void vesting_stops_on_the_leave_date() {
        // given left 10 Mar 2026, 13 months after the grant, seen in November
        Person leaver = People.leftOn("anna", "2026-03-10");

        // when
        PlanResult.Stock result = on(PLAN, leaver, "2026-11-17");

        // then 4,800 x 13 / 48 = 1,300 and no next vesting
        assertEquals(LocalDate.of(2026, 3, 10), result.valuedOn());
        assertEquals(1300, result.vested());
        assertEquals(3500, result.unvested());
        assertEquals(Optional.empty(), result.nextVesting());
    }

    @Test
    void leaving_on_a_vesting_date_still_vests_that_month() {
        // given left 15 Feb 2026
        Person leaver = People.leftOn("anna", "2026-02-15");

        // when
        PlanResult.Stock result = on(PLAN, leaver, "2026-11-17");

        // then 13 months
        assertEquals(1300, result.vested());
    }

    @Test
    void a_past_quarter_is_valued_on_its_last_day() {
        // given Q1 2026 seen in November: 31 Mar 2026 is 14 completed months
        PlanResult.Stock result = (PlanResult.Stock) new Scenario().people(ANNA).plans(PLAN)
                .evaluate(PLAN, ANNA, "2026-Q1", "2026-11-17");

        // when
        long vested = result.vested();

        // then 4,800 x 14 / 48
        assertEquals(LocalDate.of(2026, 3, 31), result.valuedOn());
        assertEquals(1400, vested);
    }

    @Test
    void several_grants_add_up_and_the_next_vesting_is_the_earliest() {
        // given a second grant of 1,200 shares on 1 Jun 2026, 0 cliff, 12 months
        StockPlan plan = stockPlan("85.50", grant("anna", 4800, "2025-01-15", 12, 48), grant("anna", 1200, "2026-06-01", 0, 12),
                grant("bo", 999, "2025-01-01", 0, 1));

        // when on 1 Aug 2026: 18 months of the first, 2 of the second
        PlanResult.Stock result = on(plan, ANNA, "2026-08-01");

        // then 4,800 x 18/48 = 1,800 and 1,200 x 2/12 = 200; next: 15 Aug (first grant) before 1 Sep
        assertEquals(2, result.grants().size());
        assertEquals(2000, result.vested());
        assertEquals(Optional.of(LocalDate.of(2026, 8, 15)), result.nextVesting());
        assertMoney("171000.00", result.value());
    }

    @Test
    void stock_is_valued_but_not_paid() {
        // given
        PlanResult.Stock result = on(PLAN, ANNA, "2026-02-15");

        // when / then
        assertEquals(List.of(), result.lines());
        assertMoney("0.00", result.total());
    }

    @Test
    void no_next_vesting_falls_after_a_known_leave_date() {
        // given a leave date of 10 Dec 2026 already on file, seen on 17 Nov 2026; the next vesting day is 15 Dec
        Person leaving = People.leftOn("anna", "2026-12-10");

        // when
        PlanResult.Stock result = on(PLAN, leaving, "2026-11-17");

        // then 4,800 x 22 / 48 = 2,200 vested, and nothing more will vest
        assertEquals(2200, result.vested());
        assertEquals(Optional.empty(), result.nextVesting());
    }

    @Test
    void a_next_vesting_on_the_leave_date_itself_still_comes() {
        // given a leave date of 15 Dec 2026, the next vesting day
        Person leaving = People.leftOn("anna", "2026-12-15");

        // when
        PlanResult.Stock result = on(PLAN, leaving, "2026-11-17");

        // then
        assertEquals(Optional.of(LocalDate.of(2026, 12, 15)), result.nextVesting());
    }

    @Test
    void someone_leaving_today_has_no_next_vesting() {
        // given leaving on 17 Nov 2026, seen that day
        Person leaving = People.leftOn("anna", "2026-11-17");

        // when
        PlanResult.Stock result = on(PLAN, leaving, "2026-11-17");

        // then
        assertEquals(2200, result.vested());
        assertEquals(Optional.empty(), result.nextVesting());
    }
}
