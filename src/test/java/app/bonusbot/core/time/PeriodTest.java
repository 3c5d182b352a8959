package app.bonusbot.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @ParameterizedTest(name = "{0} {1} lies in {2} .. {3}, key {4}, {5} days")
    @CsvSource({
            "MONTH,   2026-11-17, 2026-11-01, 2026-11-30, 2026-11,  30",
            "MONTH,   2026-03-01, 2026-03-01, 2026-03-31, 2026-03,  31",
            "MONTH,   2028-02-29, 2028-02-01, 2028-02-29, 2028-02,  29",
            "MONTH,   2026-02-01, 2026-02-01, 2026-02-28, 2026-02,  28",
            "QUARTER, 2026-11-17, 2026-10-01, 2026-12-31, 2026-Q4,  92",
            "QUARTER, 2026-10-01, 2026-10-01, 2026-12-31, 2026-Q4,  92",
            "QUARTER, 2026-09-30, 2026-07-01, 2026-09-30, 2026-Q3,  92",
            "QUARTER, 2026-01-01, 2026-01-01, 2026-03-31, 2026-Q1,  90",
            "QUARTER, 2028-03-31, 2028-01-01, 2028-03-31, 2028-Q1,  91",
            "QUARTER, 2026-06-30, 2026-04-01, 2026-06-30, 2026-Q2,  91",
            "YEAR,    2026-11-17, 2026-01-01, 2026-12-31, 2026,     365",
            "YEAR,    2028-12-31, 2028-01-01, 2028-12-31, 2028,     366",
    })
    void the_period_of_a_kind_containing_a_date_runs_from_its_first_to_its_last_day(
            PeriodKind kind, LocalDate date, LocalDate first, LocalDate last, String key, long days) {
        // given a date

        // when
        Period period = kind.containing(date, FiscalYear.CALENDAR);

        // then
        assertEquals(first, period.start());
        assertEquals(last, period.end());
        assertEquals(key, period.key());
        assertEquals(days, period.days());
        assertEquals(kind, period.kind());
    }

    @Test
    void a_period_contains_its_first_and_last_day_but_not_the_days_around_it() {
        // given
        Period q4 = PeriodKind.QUARTER.containing(LocalDate.of(2026, 11, 17), FiscalYear.CALENDAR);

        // when / then
        assertTrue(q4.contains(LocalDate.of(2026, 10, 1)));
        assertTrue(q4.contains(LocalDate.of(2026, 12, 31)));
        assertFalse(q4.contains(LocalDate.of(2026, 9, 30)));
        assertFalse(q4.contains(LocalDate.of(2027, 1, 1)));
    }

    @ParameterizedTest(name = "\"{0}\" is the {1} {2} .. {3}")
    @CsvSource({
            "2026-11,     MONTH,   2026-11-01, 2026-11-30",
            "2026-01,     MONTH,   2026-01-01, 2026-01-31",
            "2026-12,     MONTH,   2026-12-01, 2026-12-31",
            "2026-Q4,     QUARTER, 2026-10-01, 2026-12-31",
            "2026-q1,     QUARTER, 2026-01-01, 2026-03-31",
            "2026-Q2,     QUARTER, 2026-04-01, 2026-06-30",
            "2026,        YEAR,    2026-01-01, 2026-12-31",
            "' 2026-Q3 ', QUARTER, 2026-07-01, 2026-09-30",
    })
    void parses_month_quarter_and_year_keys(String text, PeriodKind kind, LocalDate first, LocalDate last) {
        // given a typed period

        // when
        Optional<Period> period = Period.parse(text);

        // then
        assertEquals(Optional.of(new Period(kind, first, last)), period);
    }

    @ParameterizedTest(name = "\"{0}\" is no period")
    @NullAndEmptySource
    @ValueSource(strings = {"2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-1", "26-11", "nov", "2026-11-01", "Q4", "20266"})
    void rejects_text_that_is_no_period_key(String text) {
        // given text that names no period

        // when
        Optional<Period> period = Period.parse(text);

        // then
        assertEquals(Optional.empty(), period);
    }

    @ParameterizedTest(name = "{0}: previous {1}, next {2}")
    @CsvSource({
            "2026-11, 2026-10, 2026-12",
            "2026-01, 2025-12, 2026-02",
            "2026-12, 2026-11, 2027-01",
            "2026-03, 2026-02, 2026-04",
            "2026-Q1, 2025-Q4, 2026-Q2",
            "2026-Q4, 2026-Q3, 2027-Q1",
            "2026,    2025,    2027",
    })
    void the_previous_and_next_period_are_of_the_same_kind_and_adjacent(String key, String previousKey, String nextKey) {
        // given
        Period period = Period.parse(key).orElseThrow();

        // when
        Period previous = period.previous();
        Period next = period.next();

        // then
        assertEquals(previousKey, previous.key());
        assertEquals(nextKey, next.key());
        assertEquals(period.start().minusDays(1), previous.end());
        assertEquals(period.end().plusDays(1), next.start());
        assertEquals(period.kind(), previous.kind());
        assertEquals(period.kind(), next.kind());
    }

    @Test
    void the_key_of_a_parsed_period_parses_back_to_the_same_period() {
        // given
        Period period = PeriodKind.MONTH.containing(LocalDate.of(2026, 3, 9), FiscalYear.CALENDAR);

        // when
        Optional<Period> reparsed = Period.parse(period.key());

        // then
        assertEquals("2026-03", period.key());
        assertEquals(Optional.of(period), reparsed);
    }

    @Test
    void the_key_is_written_in_ascii_digits_whatever_the_machine_locale() {
        // given a JVM whose default locale writes numbers in Arabic-Indic digits
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-EG"));
        try {
            Period november = PeriodKind.MONTH.containing(LocalDate.of(2026, 11, 17), FiscalYear.CALENDAR);

            // when
            String key = november.key();

            // then targets stored as "2026-11" still match
            assertEquals("2026-11", key);
        } finally {
            Locale.setDefault(before);
        }
    }
}
