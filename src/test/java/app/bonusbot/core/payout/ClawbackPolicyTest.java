package app.bonusbot.core.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClawbackPolicyTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final Instant CLOSED = Instant.parse("2026-10-01T10:00:00Z");

    @Test
    void a_window_counts_days_in_the_companys_zone_from_the_close_to_the_change_its_last_day_included() {
        // GIVEN a 30-day window from a close on 1 October
        ClawbackPolicy policy = ClawbackPolicy.withinDays(30);
        // WHEN a change comes on 31 October (30 days) late at night local time, and on 1 November just after midnight
        // THEN the first is taken, the second is not, with the window named
        assertEquals(Optional.empty(), policy.notTaken(CLOSED, Instant.parse("2026-10-31T22:30:00Z"), CPH));
        assertEquals(Optional.of("window:30"), policy.notTaken(CLOSED, Instant.parse("2026-10-31T23:30:00Z"), CPH));
    }

    @Test
    void none_never_and_full_always_claws_back() {
        assertEquals(Optional.of("none"), new ClawbackPolicy(ClawbackPolicy.Mode.NONE, 0).notTaken(CLOSED, CLOSED, CPH));
        assertEquals(Optional.empty(), ClawbackPolicy.DEFAULT.notTaken(CLOSED, CLOSED.plusSeconds(400L * 86_400), CPH));
    }

    @Test
    void a_waived_clawbacks_reason_reads_back_as_what_was_not_taken() {
        String reason = NotClawedBack.reason("window:30", new java.math.BigDecimal("-1234.00"));
        assertEquals(Optional.of(new NotClawedBack("window:30", new java.math.BigDecimal("-1234.00"))), NotClawedBack.of(reason));
        assertEquals(Optional.of(30), NotClawedBack.of(reason).get().windowDays());
        assertEquals(Optional.empty(), NotClawedBack.of("Spiff for the Acme deal"));
    }
}
