package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Plans.installment;
import static app.bonusbot.core.engine.Plans.retentionPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.engine.PlanResult.InstallmentState;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.RetentionPlan;
import app.bonusbot.core.time.PeriodKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Installments paid in the period containing hire date + months, unless the person left before that date. */
class RetentionPlanTest {

    /** 10,000 after 6 months, 20,000 after 12. */
    private static final RetentionPlan QUARTERLY = retentionPlan(PeriodKind.QUARTER, installment(6, "10000"), installment(12, "20000"));

    private static PlanResult.Retention evaluate(RetentionPlan plan, Person person, String periodKey, String today) {
        return (PlanResult.Retention) new Scenario().people(person).plans(plan).evaluate(plan, person, periodKey, today);
    }

    private static List<InstallmentState> states(PlanResult.Retention result) {
        return result.installments().stream().map(PlanResult.InstallmentStatus::state).toList();
    }

    @Test
    void an_installment_is_paid_in_the_quarter_containing_hire_date_plus_its_months() {
        // given hired 15 Mar 2026: 6 months is 15 Sep 2026 (Q3), 12 months is 15 Mar 2027 (Q1 2027)
        Person anna = People.hiredOn("anna", "2026-03-15");

        // when
        PlanResult.Retention q3 = evaluate(QUARTERLY, anna, "2026-Q3", "2026-10-05");
        PlanResult.Retention q4 = evaluate(QUARTERLY, anna, "2026-Q4", "2027-01-05");
        PlanResult.Retention q1 = evaluate(QUARTERLY, anna, "2027-Q1", "2027-04-05");

        // then
        assertEquals(LocalDate.of(2026, 9, 15), q3.installments().get(0).dueDate());
        assertEquals(List.of(InstallmentState.PAID, InstallmentState.UPCOMING), states(q3));
        assertMoney("10000.00", q3.total());
        assertEquals(List.of(InstallmentState.EARLIER, InstallmentState.UPCOMING), states(q4));
        assertMoney("0.00", q4.total());
        assertEquals(List.of(InstallmentState.EARLIER, InstallmentState.PAID), states(q1));
        assertMoney("20000.00", q1.total());
    }

    @Test
    void an_installment_is_forfeited_by_leaving_the_day_before_it_falls_due() {
        // given hired 15 Mar 2026, left 14 Sep 2026
        Person leaver = People.employed("anna", "2026-03-15", "2026-09-14");

        // when
        PlanResult.Retention q3 = evaluate(QUARTERLY, leaver, "2026-Q3", "2026-10-05");

        // then
        assertEquals(List.of(InstallmentState.FORFEITED, InstallmentState.FORFEITED), states(q3));
        assertMoney("0.00", q3.total());
    }

    @Test
    void an_installment_is_paid_to_someone_leaving_on_the_day_it_falls_due() {
        // given hired 15 Mar 2026, left 15 Sep 2026
        Person leaver = People.employed("anna", "2026-03-15", "2026-09-15");

        // when
        PlanResult.Retention q3 = evaluate(QUARTERLY, leaver, "2026-Q3", "2026-10-05");

        // then the 6-month installment is paid, the 12-month one is forfeited
        assertEquals(List.of(InstallmentState.PAID, InstallmentState.FORFEITED), states(q3));
        assertMoney("10000.00", q3.total());
    }

    @Test
    void a_month_end_hire_date_falls_due_on_the_last_day_of_a_shorter_month() {
        // given hired 31 Jan 2026, 5,000 after 1 month, on a monthly plan
        RetentionPlan monthly = retentionPlan(PeriodKind.MONTH, installment(1, "5000"));
        Person anna = People.hiredOn("anna", "2026-01-31");

        // when
        PlanResult.Retention february = evaluate(monthly, anna, "2026-02", "2026-03-10");
        PlanResult.Retention march = evaluate(monthly, anna, "2026-03", "2026-04-10");

        // then 31 Jan + 1 month = 28 Feb 2026
        assertEquals(LocalDate.of(2026, 2, 28), february.installments().get(0).dueDate());
        assertMoney("5000.00", february.total());
        assertMoney("0.00", march.total());
    }

    @Test
    void a_month_end_hire_date_in_a_leap_year_falls_due_on_29_february() {
        // given hired 31 Jan 2028
        RetentionPlan monthly = retentionPlan(PeriodKind.MONTH, installment(1, "5000"));
        Person anna = People.hiredOn("anna", "2028-01-31");

        // when
        PlanResult.Retention february = evaluate(monthly, anna, "2028-02", "2028-03-10");

        // then
        assertEquals(LocalDate.of(2028, 2, 29), february.installments().get(0).dueDate());
        assertMoney("5000.00", february.total());
    }

    @Test
    void an_installment_due_later_in_the_running_quarter_is_not_paid_yet() {
        // given hired 15 Mar 2026, seen on 10 Sep 2026
        Person anna = People.hiredOn("anna", "2026-03-15");

        // when
        PlanResult.Retention beforeDue = evaluate(QUARTERLY, anna, "2026-Q3", "2026-09-10");
        PlanResult.Retention onDue = evaluate(QUARTERLY, anna, "2026-Q3", "2026-09-15");

        // then
        assertEquals(InstallmentState.DUE_LATER_IN_PERIOD, beforeDue.installments().get(0).state());
        assertEquals(beforeDue.installments().get(0), beforeDue.nextDue().orElseThrow());
        assertMoney("0.00", beforeDue.total());
        assertMoney("10000.00", onDue.total());
    }

    @Test
    void someone_without_hire_date_has_no_installments() {
        // given
        Person anna = People.seller("anna");

        // when
        PlanResult.Retention result = evaluate(QUARTERLY, anna, "2026-Q3", "2026-10-05");

        // then
        assertEquals(List.of(), result.installments());
        assertMoney("0.00", result.total());
    }

    @Test
    void an_installment_due_on_the_first_day_of_a_future_quarter_is_not_paid_before_that_day() {
        // given hired 1 Jul 2026: 6 months is 1 Jan 2027; on 17 Nov 2026 the seller asks about 2027-Q1
        Person anna = People.hiredOn("anna", "2026-07-01");

        // when
        PlanResult.Retention q1 = evaluate(QUARTERLY, anna, "2027-Q1", "2026-11-17");

        // then it falls due in that quarter, like any other installment of it, but it has not been paid
        assertEquals(LocalDate.of(2027, 1, 1), q1.installments().get(0).dueDate());
        assertEquals(InstallmentState.DUE_LATER_IN_PERIOD, q1.installments().get(0).state());
        assertEquals(List.of(), q1.lines());
        assertMoney("0.00", q1.total());
    }
}
