package app.bonusbot.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final DateRange Q4 = new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));

    @Test
    void counts_both_ends_as_days_of_the_range() {
        // given
        DateRange oneDay = new DateRange(LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 14));

        // when / then: Oct 31 + Nov 30 + Dec 31
        assertEquals(92, Q4.days());
        assertEquals(1, oneDay.days());
        assertTrue(Q4.contains(LocalDate.of(2026, 10, 1)));
        assertTrue(Q4.contains(LocalDate.of(2026, 12, 31)));
        assertFalse(Q4.contains(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void clips_to_a_hire_and_leave_date_with_both_dates_inside() {
        // given a seller hired Oct 11 who leaves Dec 20

        // when
        Optional<DateRange> active = Q4.clip(LocalDate.of(2026, 10, 11), LocalDate.of(2026, 12, 20));

        // then Oct 11..31 (21) + Nov (30) + Dec 1..20 (20) = 71 days
        assertEquals(Optional.of(new DateRange(LocalDate.of(2026, 10, 11), LocalDate.of(2026, 12, 20))), active);
        assertEquals(71, active.orElseThrow().days());
    }

    @Test
    void clips_open_ends_to_the_range() {
        // given no hire date and no leave date

        // when
        Optional<DateRange> active = Q4.clip(null, null);

        // then
        assertEquals(Optional.of(Q4), active);
    }

    @Test
    void is_empty_when_the_dates_do_not_meet_the_range() {
        // given someone who left before the range, and someone hired after it

        // when
        Optional<DateRange> leftBefore = Q4.clip(null, LocalDate.of(2026, 9, 30));
        Optional<DateRange> hiredAfter = Q4.clip(LocalDate.of(2027, 1, 1), null);

        // then
        assertEquals(Optional.empty(), leftBefore);
        assertEquals(Optional.empty(), hiredAfter);
    }

    @Test
    void keeps_a_single_day_at_either_edge() {
        // given someone who left on the first day, and someone hired on the last day

        // when
        Optional<DateRange> leftOnFirstDay = Q4.clip(null, LocalDate.of(2026, 10, 1));
        Optional<DateRange> hiredOnLastDay = Q4.clip(LocalDate.of(2026, 12, 31), null);

        // then
        assertEquals(1, leftOnFirstDay.orElseThrow().days());
        assertEquals(1, hiredOnLastDay.orElseThrow().days());
    }

    @Test
    void refuses_a_range_that_ends_before_it_starts() {
        // given
        LocalDate from = LocalDate.of(2026, 11, 2);
        LocalDate to = LocalDate.of(2026, 11, 1);

        // when / then
        assertThrows(IllegalArgumentException.class, () -> new DateRange(from, to));
    }
}
