package app.bonusbot.core.survey;

import static app.bonusbot.core.survey.SurveyFixtures.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SurveyTimesTest {

    @Test
    void a_round_closes_at_the_same_local_time_open_days_later_across_the_autumn_clock_change() {
        // given a round opened at 10:00 summer time, 14 days before a date in winter time
        ZonedDateTime opens = ZonedDateTime.parse("2026-10-20T10:00+02:00[Europe/Copenhagen]");
        // when
        ZonedDateTime closes = SurveyFixtures.survey().closesAt(opens);
        // then
        assertEquals(ZonedDateTime.parse("2026-11-03T10:00+01:00[Europe/Copenhagen]"), closes);
    }

    @Test
    void the_reminder_comes_at_its_local_time_the_given_days_before_the_closing_day_across_the_spring_clock_change() {
        // given a round closing on 31 March 2027 at 10:00 summer time; the clocks went forward on the 28th
        Reminder reminder = new Reminder(4, LocalTime.of(9, 0));
        // when
        ZonedDateTime at = reminder.before(ZonedDateTime.parse("2027-03-31T10:00+02:00[Europe/Copenhagen]").toInstant(), ZONE).atZone(ZONE);
        // then 09:00 winter time on the 27th
        assertEquals(ZonedDateTime.parse("2027-03-27T09:00+01:00[Europe/Copenhagen]"), at);
    }

    @Test
    void a_reminder_on_the_closing_day_itself_is_at_its_time_that_day() {
        // when
        ZonedDateTime at = new Reminder(0, LocalTime.of(8, 30)).before(ZonedDateTime.parse("2027-01-15T10:00+01:00[Europe/Copenhagen]").toInstant(), ZONE)
                .atZone(ZONE);
        // then
        assertEquals(ZonedDateTime.parse("2027-01-15T08:30+01:00[Europe/Copenhagen]"), at);
    }
}
