package app.bonusbot.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodRequestTest {

    private static final LocalDate NOV_17 = LocalDate.of(2026, 11, 17);

    @ParameterizedTest(name = "current {0} on {1} is {2}")
    @CsvSource({
            "MONTH,   2026-11-17, 2026-11",
            "QUARTER, 2026-11-17, 2026-Q4",
            "YEAR,    2026-11-17, 2026",
            "QUARTER, 2026-10-01, 2026-Q4",
            "QUARTER, 2026-09-30, 2026-Q3",
            "MONTH,   2026-12-31, 2026-12",
    })
    void the_current_period_is_the_one_containing_today(PeriodKind kind, LocalDate today, String expected) {
        // given
        PeriodRequest request = PeriodRequest.CURRENT;

        // when
        Period period = request.resolve(kind, today, FiscalYear.CALENDAR);

        // then
        assertEquals(expected, period.key());
    }

    @ParameterizedTest(name = "previous {0} on {1} is {2}")
    @CsvSource({
            "MONTH,   2026-11-17, 2026-10",
            "QUARTER, 2026-11-17, 2026-Q3",
            "YEAR,    2026-11-17, 2025",
            "MONTH,   2026-01-15, 2025-12",
            "QUARTER, 2026-01-01, 2025-Q4",
            "MONTH,   2026-03-31, 2026-02",
    })
    void the_previous_period_is_the_one_before_the_current(PeriodKind kind, LocalDate today, String expected) {
        // given
        PeriodRequest request = PeriodRequest.PREVIOUS;

        // when
        Period period = request.resolve(kind, today, FiscalYear.CALENDAR);

        // then
        assertEquals(expected, period.key());
    }

    @ParameterizedTest(name = "{0} asked on {2} is {3} for a {1} plan")
    @CsvSource({
            "2026-08, MONTH,   2026-11-17, 2026-08",
            "2026-Q2, QUARTER, 2026-11-17, 2026-Q2",
            "2025,    YEAR,    2026-11-17, 2025",
            // a past period of another kind: the plan's period containing its last day
            "2026-08, QUARTER, 2026-11-17, 2026-Q3",
            "2026-Q2, MONTH,   2026-11-17, 2026-06",
            "2025,    QUARTER, 2026-11-17, 2025-Q4",
            "2025,    MONTH,   2026-11-17, 2025-12",
            // a running period of another kind: the plan's period containing today
            "2026-Q4, MONTH,   2026-11-17, 2026-11",
            "2026,    QUARTER, 2026-11-17, 2026-Q4",
            "2026-11, QUARTER, 2026-11-17, 2026-Q4",
    })
    void an_explicit_period_resolves_for_plans_of_every_kind(String key, PeriodKind kind, LocalDate today, String expected) {
        // given
        PeriodRequest request = new PeriodRequest.Explicit(Period.parse(key).orElseThrow());

        // when
        Period period = request.resolve(kind, today, FiscalYear.CALENDAR);

        // then
        assertEquals(expected, period.key());
        assertEquals(kind, period.kind());
    }

    @ParameterizedTest(name = "\"{0}\" means the current period")
    @NullAndEmptySource
    @ValueSource(strings = {"current", "now", "NU", " denne "})
    void no_period_or_current_means_the_current_period(String text) {
        // given a typed request

        // when
        Optional<PeriodRequest> request = PeriodRequest.parse(text);

        // then
        assertEquals(Optional.of(PeriodRequest.CURRENT), request);
    }

    @ParameterizedTest(name = "\"{0}\" means the previous period")
    @ValueSource(strings = {"previous", "last", "Forrige", "sidste"})
    void previous_in_either_language_means_the_previous_period(String text) {
        // given a typed request

        // when
        Optional<PeriodRequest> request = PeriodRequest.parse(text);

        // then
        assertEquals(Optional.of(PeriodRequest.PREVIOUS), request);
    }

    @Test
    void a_period_key_means_that_period_in_any_letter_case() {
        // given
        String text = "2026-q4";

        // when
        Optional<PeriodRequest> request = PeriodRequest.parse(text);

        // then
        Period q4 = PeriodKind.QUARTER.containing(NOV_17, FiscalYear.CALENDAR);
        assertEquals(Optional.of(new PeriodRequest.Explicit(q4)), request);
    }

    @Test
    void text_that_is_no_period_is_not_a_request() {
        // given
        String text = "next week";

        // when
        Optional<PeriodRequest> request = PeriodRequest.parse(text);

        // then
        assertEquals(Optional.empty(), request);
    }

    @ParameterizedTest(name = "\"{0}\" asked on {2} is {3} for a {1} plan")
    @CsvSource({
            // a quarter without its year: the latest one of that number that has begun
            "Q4,             QUARTER, 2026-11-27, 2026-Q4",
            "K4,             QUARTER, 2026-11-27, 2026-Q4",
            "q1,             QUARTER, 2026-11-27, 2026-Q1",
            "Q4,             QUARTER, 2027-01-15, 2026-Q4",
            "K1,             QUARTER, 2027-01-15, 2027-Q1",
            "Q3,             MONTH,   2026-11-27, 2026-09",
            // a quarter with its year, Danish K or English Q, year first or last
            "2026-K3,        QUARTER, 2026-11-27, 2026-Q3",
            "Q3 2026,        QUARTER, 2026-11-27, 2026-Q3",
            "k2-2025,        QUARTER, 2026-11-27, 2025-Q2",
            // a relative word with a period kind, in either language
            "sidste kvartal, QUARTER, 2026-11-27, 2026-Q3",
            "forrige kvartal,MONTH,   2026-11-27, 2026-09",
            "last quarter,   QUARTER, 2026-11-27, 2026-Q3",
            "denne måned,    QUARTER, 2026-11-27, 2026-Q4",
            "this month,     MONTH,   2026-11-27, 2026-11",
            "sidste måned,   MONTH,   2026-11-27, 2026-10",
            "forrige år,     YEAR,    2026-11-27, 2025",
            "last year,      QUARTER, 2026-11-27, 2025-Q4",
            "nuværende år,   YEAR,    2026-11-27, 2026",
            "Sidste   Kvartal, QUARTER, 2026-11-27, 2026-Q3",
    })
    void danish_and_english_period_words_name_the_same_periods(String text, PeriodKind kind, LocalDate today, String expected) {
        // given a typed request
        PeriodRequest request = PeriodRequest.parse(text).orElseThrow(() -> new AssertionError(text + " is no period"));

        // when
        Period period = request.resolve(kind, today, FiscalYear.CALENDAR);

        // then
        assertEquals(expected, period.key());
    }

    @ParameterizedTest(name = "\"{0}\" is no period")
    @ValueSource(strings = {"Q5", "K0", "sidste uge", "next quarter", "2026-K5", "Q4 26"})
    void words_that_only_look_like_periods_are_not_requests(String text) {
        // given a typed request

        // when
        Optional<PeriodRequest> request = PeriodRequest.parse(text);

        // then
        assertEquals(Optional.empty(), request);
    }
}
