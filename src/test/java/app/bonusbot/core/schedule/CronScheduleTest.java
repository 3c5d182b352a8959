package app.bonusbot.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronScheduleTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private static ZonedDateTime at(String isoOffsetDateTime) {
        return ZonedDateTime.parse(isoOffsetDateTime).withZoneSameInstant(COPENHAGEN);
    }

    private static List<String> occurrencesAfter(CronSchedule schedule, String from, int count) {
        List<String> found = new ArrayList<>();
        ZonedDateTime moment = at(from);
        for (int i = 0; i < count; i++) {
            moment = schedule.nextAfter(moment).orElseThrow();
            found.add(moment.toOffsetDateTime().toString());
        }
        return found;
    }

    @Test
    void monday_at_nine_stays_at_nine_local_time_across_the_spring_change() {
        // given the clocks go forward on Sunday 29 March 2026
        CronSchedule schedule = CronSchedule.parse("MON 09:00", COPENHAGEN);
        // when
        List<String> mondays = occurrencesAfter(schedule, "2026-03-20T12:00+01:00", 3);
        // then
        assertEquals(List.of("2026-03-23T09:00+01:00", "2026-03-30T09:00+02:00", "2026-04-06T09:00+02:00"), mondays);
    }

    @Test
    void monday_at_nine_stays_at_nine_local_time_across_the_autumn_change() {
        // given the clocks go back on Sunday 25 October 2026
        CronSchedule schedule = CronSchedule.parse("0 9 * * MON", COPENHAGEN);
        // when
        List<String> mondays = occurrencesAfter(schedule, "2026-10-14T12:00+02:00", 3);
        // then
        assertEquals(List.of("2026-10-19T09:00+02:00", "2026-10-26T09:00+01:00", "2026-11-02T09:00+01:00"), mondays);
    }

    @Test
    void a_time_in_the_spring_gap_runs_at_the_first_valid_time_after_it() {
        // given 02:30 does not exist on 29 March 2026: the clocks jump from 02:00 to 03:00
        CronSchedule schedule = CronSchedule.parse("30 2 * * *", COPENHAGEN);
        // when
        List<String> nights = occurrencesAfter(schedule, "2026-03-28T12:00+01:00", 3);
        // then
        assertEquals(List.of("2026-03-29T03:00+02:00", "2026-03-30T02:30+02:00", "2026-03-31T02:30+02:00"), nights);
    }

    @Test
    void several_times_in_the_spring_gap_run_once_at_its_end() {
        // given every quarter of an hour from 02:00, an hour that is skipped on 29 March 2026
        CronSchedule schedule = CronSchedule.parse("*/15 2 * * *", COPENHAGEN);
        // when
        List<String> found = occurrencesAfter(schedule, "2026-03-29T01:59+01:00", 2);
        // then
        assertEquals(List.of("2026-03-29T03:00+02:00", "2026-03-30T02:00+02:00"), found);
    }

    @Test
    void a_time_in_the_hour_that_happens_twice_runs_once_the_first_time() {
        // given 02:30 happens at +02:00 and again at +01:00 on 25 October 2026
        CronSchedule schedule = CronSchedule.parse("30 2 * * *", COPENHAGEN);
        // when
        List<String> nights = occurrencesAfter(schedule, "2026-10-24T12:00+02:00", 3);
        // then
        assertEquals(List.of("2026-10-25T02:30+02:00", "2026-10-26T02:30+01:00", "2026-10-27T02:30+01:00"), nights);
    }

    @Test
    void the_latest_occurrence_during_the_repeated_hour_is_the_first_pass() {
        // given
        CronSchedule schedule = CronSchedule.parse("30 2 * * *", COPENHAGEN);
        // when the clock is at 02:45 the second time round
        ZonedDateTime latest = schedule.latestAtOrBefore(at("2026-10-25T02:45+01:00")).orElseThrow();
        // then
        assertEquals("2026-10-25T02:30+02:00", latest.toOffsetDateTime().toString());
    }

    @Test
    void the_latest_occurrence_includes_the_moment_itself_and_the_next_excludes_it() {
        // given
        CronSchedule schedule = CronSchedule.parse("MON 09:00", COPENHAGEN);
        ZonedDateTime nine = at("2026-12-07T09:00+01:00");
        // when
        ZonedDateTime latest = schedule.latestAtOrBefore(nine).orElseThrow();
        ZonedDateTime next = schedule.nextAfter(nine).orElseThrow();
        ZonedDateTime justBefore = schedule.latestAtOrBefore(nine.minusNanos(1)).orElseThrow();
        // then
        assertEquals(nine.toInstant(), latest.toInstant());
        assertEquals("2026-12-14T09:00+01:00", next.toOffsetDateTime().toString());
        assertEquals("2026-11-30T09:00+01:00", justBefore.toOffsetDateTime().toString());
    }

    @Test
    void the_latest_occurrence_before_a_spring_monday_is_nine_oclock_local() {
        // given
        CronSchedule schedule = CronSchedule.parse("MON 09:00", COPENHAGEN);
        // when
        ZonedDateTime latest = schedule.latestAtOrBefore(at("2026-04-01T08:00+02:00")).orElseThrow();
        // then
        assertEquals("2026-03-30T09:00+02:00", latest.toOffsetDateTime().toString());
    }

    @Test
    void ranges_steps_lists_and_month_names_combine() {
        // given 08:00 and 10:00 on the 1st and 15th of January to March
        CronSchedule schedule = CronSchedule.parse("0 8-10/2 1,15 jan-MAR *", COPENHAGEN);
        // when
        List<String> found = occurrencesAfter(schedule, "2026-12-31T12:00+01:00", 5);
        // then
        assertEquals(List.of("2027-01-01T08:00+01:00", "2027-01-01T10:00+01:00", "2027-01-15T08:00+01:00", "2027-01-15T10:00+01:00",
                "2027-02-01T08:00+01:00"), found);
    }

    @Test
    void day_of_month_and_day_of_week_both_restricted_match_either_as_in_cron() {
        // given
        CronSchedule schedule = CronSchedule.parse("0 9 1 * MON", COPENHAGEN);
        // then
        assertTrue(schedule.matches(LocalDate.of(2026, 12, 1)), "the 1st, a Tuesday");
        assertTrue(schedule.matches(LocalDate.of(2026, 12, 7)), "a Monday");
        assertFalse(schedule.matches(LocalDate.of(2026, 12, 8)));
    }

    @Test
    void day_of_month_with_every_weekday_matches_only_that_day() {
        // given
        CronSchedule schedule = CronSchedule.parse("0 9 1 * *", COPENHAGEN);
        // then
        assertTrue(schedule.matches(LocalDate.of(2026, 12, 1)));
        assertFalse(schedule.matches(LocalDate.of(2026, 12, 7)));
    }

    @ParameterizedTest(name = "\"{0}\" runs first at {1}")
    @CsvSource(delimiter = '|', value = {
            "MON 09:00          | 2026-11-30T09:00+01:00",
            "monday 9:00        | 2026-11-30T09:00+01:00",
            "MON-FRI 08:30      | 2026-11-30T08:30+01:00",
            "SAT,SUN 10:00      | 2026-11-28T10:00+01:00",
            "07:15              | 2026-11-28T07:15+01:00",
            "0 9 * * 7          | 2026-11-29T09:00+01:00",
            "0 9 * * 0          | 2026-11-29T09:00+01:00",
            "0 9 * * FRI-SUN    | 2026-11-28T09:00+01:00",
            "*/20 * * * *       | 2026-11-27T12:20+01:00",
            "0 0 29 2 *         | 2028-02-29T00:00+01:00",
    })
    void the_short_form_and_cron_fields_both_parse(String text, String first) {
        // given Friday 27 November 2026, noon
        CronSchedule schedule = CronSchedule.parse(text, COPENHAGEN);
        // when
        ZonedDateTime next = schedule.nextAfter(at("2026-11-27T12:00+01:00")).orElseThrow();
        // then
        assertEquals(first, next.toOffsetDateTime().toString());
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"                 | is not a schedule: write five cron fields",
            "MON                | 'MON' is not a schedule",
            "0 9 * *            | '0 9 * *' is not a schedule",
            "0 25 * * *         | the hour field '25' has 25, outside 0–23",
            "60 9 * * *         | the minute field '60' has 60, outside 0–59",
            "0 9 * * FUNDAY     | the day of week field 'FUNDAY' has 'FUNDAY', which is not a day of week (use SUN, MON, TUE, WED, THU, FRI, SAT or 0–7)",
            "0 9 * XYZ *        | which is not a month",
            "0 9 * * 5-1        | has the range 5-1, which runs backwards",
            "0 9 31 APR *       | never happens",
            "0 9 30 2 *         | never happens",
            "*/0 9 * * *        | has a step of 0",
            "0 9,, * * *        | has an empty entry in its list",
            "0 a * * *          | the hour field 'a' has 'a' where a number belongs",
            "MON 25:00          | 25:00 is not a time of day",
            "BLUE 09:00         | the day of week field 'BLUE' has 'BLUE'",
    })
    void a_bad_schedule_is_refused_with_a_message_that_says_what_is_wrong(String text, String message) {
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CronSchedule.parse(text, COPENHAGEN));
        // then
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void schedules_are_values() {
        // when
        CronSchedule a = CronSchedule.parse("MON 09:00", COPENHAGEN);
        CronSchedule b = CronSchedule.parse("MON 09:00", COPENHAGEN);
        // then
        assertEquals(a, b);
        assertEquals("MON 09:00 (Europe/Copenhagen)", a.toString());
    }
}
