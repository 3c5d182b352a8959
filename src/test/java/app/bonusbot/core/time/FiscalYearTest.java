package app.bonusbot.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearTest {

    private static final FiscalYear APRIL = new FiscalYear(Month.APRIL);
    private static final FiscalYear JULY = new FiscalYear(Month.JULY);

    @ParameterizedTest(name = "fiscal year from {0}: {1} lies in {2} .. {3}, {4}")
    @CsvSource({
            "APRIL, 2026-04-01, 2026-04-01, 2026-06-30, FY2027-Q1",
            "APRIL, 2026-03-31, 2026-01-01, 2026-03-31, FY2026-Q4",
            "APRIL, 2026-11-17, 2026-10-01, 2026-12-31, FY2027-Q3",
            "APRIL, 2027-01-15, 2027-01-01, 2027-03-31, FY2027-Q4",
            "APRIL, 2028-02-29, 2028-01-01, 2028-03-31, FY2028-Q4",
            "JULY,  2026-07-01, 2026-07-01, 2026-09-30, FY2027-Q1",
            "JULY,  2026-06-30, 2026-04-01, 2026-06-30, FY2026-Q4",
            "JULY,  2026-11-17, 2026-10-01, 2026-12-31, FY2027-Q2",
            "JULY,  2028-02-29, 2028-01-01, 2028-03-31, FY2028-Q3",
    })
    void the_quarter_containing_a_date_is_the_quarter_of_the_fiscal_year(Month start, LocalDate date, LocalDate first, LocalDate last, String key) {
        // given a fiscal year starting in April or July
        FiscalYear fiscalYear = new FiscalYear(start);

        // when
        Period quarter = PeriodKind.QUARTER.containing(date, fiscalYear);

        // then
        assertEquals(first, quarter.start());
        assertEquals(last, quarter.end());
        assertEquals(key, quarter.key());
        assertTrue(quarter.contains(date));
    }

    @ParameterizedTest(name = "fiscal year from {0}: {1} lies in {2}, {3} .. {4}, {5} days")
    @CsvSource({
            "APRIL, 2026-11-17, FY2027, 2026-04-01, 2027-03-31, 365",
            "APRIL, 2028-02-29, FY2028, 2027-04-01, 2028-03-31, 366",
            "APRIL, 2027-04-01, FY2028, 2027-04-01, 2028-03-31, 366",
            "JULY,  2026-11-17, FY2027, 2026-07-01, 2027-06-30, 365",
            "JULY,  2028-02-29, FY2028, 2027-07-01, 2028-06-30, 366",
            "JULY,  2026-06-30, FY2026, 2025-07-01, 2026-06-30, 365",
    })
    void a_fiscal_year_is_named_after_the_calendar_year_in_which_it_ends(Month start, LocalDate date, String key, LocalDate first,
            LocalDate last, long days) {
        // given
        FiscalYear fiscalYear = new FiscalYear(start);

        // when
        Period year = PeriodKind.YEAR.containing(date, fiscalYear);

        // then
        assertEquals(key, year.key());
        assertEquals(first, year.start());
        assertEquals(last, year.end());
        assertEquals(days, year.days());
    }

    @Test
    void current_and_previous_quarter_cross_the_fiscal_year_boundary_in_april() {
        // given the first day of FY2027 with a fiscal year starting in April
        LocalDate today = LocalDate.of(2026, 4, 1);

        // when
        Period current = PeriodRequest.CURRENT.resolve(PeriodKind.QUARTER, today, APRIL);
        Period previous = PeriodRequest.PREVIOUS.resolve(PeriodKind.QUARTER, today, APRIL);

        // then
        assertEquals(APRIL.quarter(2027, 1), current);
        assertEquals(new Period(PeriodKind.QUARTER, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), APRIL), previous);
        assertEquals("FY2026-Q4", previous.key());
    }

    @Test
    void current_and_previous_year_cross_the_fiscal_year_boundary_in_july() {
        // given the last day of FY2026 and the first of FY2027 with a fiscal year starting in July
        LocalDate lastDay = LocalDate.of(2026, 6, 30);
        LocalDate firstDay = LocalDate.of(2026, 7, 1);

        // when
        Period currentOnLastDay = PeriodRequest.CURRENT.resolve(PeriodKind.YEAR, lastDay, JULY);
        Period currentOnFirstDay = PeriodRequest.CURRENT.resolve(PeriodKind.YEAR, firstDay, JULY);
        Period previousOnFirstDay = PeriodRequest.PREVIOUS.resolve(PeriodKind.YEAR, firstDay, JULY);

        // then
        assertEquals("FY2026", currentOnLastDay.key());
        assertEquals("FY2027", currentOnFirstDay.key());
        assertEquals(currentOnLastDay, previousOnFirstDay);
        assertEquals(LocalDate.of(2025, 7, 1), previousOnFirstDay.start());
    }

    @Test
    void the_previous_quarter_of_the_first_fiscal_quarter_is_the_last_of_the_fiscal_year_before() {
        // given FY2027 Q1 with a fiscal year starting in July
        Period q1 = JULY.quarter(2027, 1);

        // when
        Period before = q1.previous();
        Period after = before.next();

        // then
        assertEquals("FY2026-Q4", before.key());
        assertEquals(LocalDate.of(2026, 4, 1), before.start());
        assertEquals(q1, after);
    }

    @ParameterizedTest(name = "fiscal year from {0}: \"{1}\" asked on {2} is {3}")
    @CsvSource({
            "APRIL, 2027-Q1,       2026-11-17, FY2027-Q1",
            "APRIL, FY2027-Q1,     2026-11-17, FY2027-Q1",
            "APRIL, fy2027 q1,     2026-11-17, FY2027-Q1",
            "APRIL, Q1 FY2027,     2026-11-17, FY2027-Q1",
            "APRIL, q1,            2026-11-17, FY2027-Q1",
            "APRIL, q4,            2026-11-17, FY2026-Q4",
            "APRIL, k3,            2026-11-17, FY2027-Q3",
            "APRIL, last quarter,  2026-11-17, FY2027-Q2",
            "APRIL, last quarter,  2026-04-02, FY2026-Q4",
            "JULY,  2027-Q1,       2026-11-17, FY2027-Q1",
            "JULY,  q2,            2026-11-17, FY2027-Q2",
            "JULY,  q3,            2026-11-17, FY2026-Q3",
            "JULY,  forrige kvartal, 2026-07-01, FY2026-Q4",
    })
    void a_quarter_a_person_types_is_a_quarter_of_the_fiscal_year(Month start, String typed, LocalDate today, String key) {
        // given
        FiscalYear fiscalYear = new FiscalYear(start);

        // when
        Period period = PeriodRequest.parse(typed).orElseThrow().resolve(PeriodKind.QUARTER, today, fiscalYear);

        // then
        assertEquals(key, period.key());
    }

    @Test
    void a_typed_fiscal_quarter_of_july_covers_april_to_june() {
        // given a fiscal year starting in July
        // when
        Period q4 = JULY.parse("2026-Q4").orElseThrow();

        // then
        assertEquals(LocalDate.of(2026, 4, 1), q4.start());
        assertEquals(LocalDate.of(2026, 6, 30), q4.end());
        assertEquals("FY2026-Q4", q4.key());
    }

    @Test
    void a_typed_year_is_the_fiscal_year_and_a_typed_month_is_the_calendar_month() {
        // given a fiscal year starting in April
        // when
        Period year = APRIL.parse("2027").orElseThrow();
        Period month = APRIL.parse("2027-02").orElseThrow();

        // then
        assertEquals(new DateRange(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)), DateRange.of(year));
        assertEquals("FY2027", year.key());
        assertEquals(new DateRange(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)), DateRange.of(month));
        assertEquals("2027-02", month.key());
    }

    @Test
    void the_month_asked_about_under_a_fiscal_year_leads_a_quarterly_plan_to_its_fiscal_quarter() {
        // given a quarterly plan and a fiscal year starting in July; the leap day's month is asked about
        PeriodRequest request = PeriodRequest.parse("2028-02").orElseThrow();

        // when
        Period period = request.resolve(PeriodKind.QUARTER, LocalDate.of(2028, 5, 1), JULY);

        // then
        assertEquals("FY2028-Q3", period.key());
        assertTrue(period.contains(LocalDate.of(2028, 2, 29)));
    }

    @Test
    void a_fiscal_year_starting_in_january_is_the_calendar_year_with_its_keys() {
        // given
        FiscalYear january = new FiscalYear(Month.JANUARY);

        // when
        Period quarter = PeriodKind.QUARTER.containing(LocalDate.of(2028, 2, 29), january);
        Period year = PeriodKind.YEAR.containing(LocalDate.of(2028, 2, 29), january);

        // then
        assertEquals(FiscalYear.CALENDAR, january);
        assertEquals("2028-Q1", quarter.key());
        assertEquals("2028", year.key());
        assertEquals(Period.parse("2028-Q1").orElseThrow(), quarter);
    }
}
