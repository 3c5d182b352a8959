package app.bonusbot.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloseDatesTest {

    private final CloseDates dates = new CloseDates(ZoneId.of("Europe/Copenhagen"), List.of("yyyy-MM-dd HH:mm", "M/d/yyyy"));

    @Test
    void a_date_and_a_timestamp_without_offset_keep_their_own_date() throws FieldError {
        // given the forms most exports use, with a space or a T and with or without seconds and their fraction
        List<String> texts = List.of("2026-01-05", "2026-01-05 23:59", "2026-01-05T00:00", "2026-01-05 08:30:15", "2026-01-05T08:30:15.123456789",
                "2026-01-05 08:30:15.5");

        for (String text : texts) {
            // when / then
            assertEquals(LocalDate.of(2026, 1, 5), dates.parse(text), text);
        }
    }

    @Test
    void a_timestamp_with_an_offset_is_taken_in_the_company_zone() throws FieldError {
        // given / when / then
        assertEquals(LocalDate.of(2026, 10, 1), dates.parse("2026-09-30 22:30:00Z"));
        assertEquals(LocalDate.of(2026, 10, 1), dates.parse("2026-09-30T22:30+00:00"));
        assertEquals(LocalDate.of(2026, 9, 30), dates.parse("2026-09-30T21:30:00Z"));
    }

    @Test
    void a_lower_case_t_and_the_configured_patterns_are_read_by_the_parsers_as_before() throws FieldError {
        // given / when / then
        assertEquals(LocalDate.of(2026, 2, 3), dates.parse("2/3/2026"));
        assertEquals(LocalDate.of(2026, 2, 3), dates.parse("2026-02-03t10:00"));
    }

    @Test
    void impossible_dates_and_times_are_refused_naming_the_forms_accepted() {
        // given
        List<String> texts = List.of("2026-02-30", "2026-13-01", "2026-01-05 24:00", "2026-01-05 10:60", "2026-01-05 10:00:60",
                "2026-01-05 10", "2026-1-05", "２０２６-01-05");

        for (String text : texts) {
            // when
            FieldError e = assertThrows(FieldError.class, () -> dates.parse(text), text);

            // then
            assertTrue(e.getMessage().startsWith(FieldError.quoted(text) + " is not a date; use yyyy-MM-dd"), e.getMessage());
        }
    }
}
