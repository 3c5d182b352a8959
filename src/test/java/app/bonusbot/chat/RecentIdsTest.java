package app.bonusbot.chat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import app.bonusbot.bot.ManualClock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecentIdsTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T11:00:00Z").atZone(ZoneOffset.UTC));
    private final RecentIds deliveries = new RecentIds(clock);

    @Test
    void an_id_seen_again_within_the_hour_is_a_repeat_and_afterwards_it_is_new() {
        // when
        boolean first = deliveries.firstTime("command", "event Ev1");
        clock.advance(Duration.ofMinutes(59));
        boolean retry = deliveries.firstTime("command", "event Ev1");
        boolean other = deliveries.firstTime("command", "event Ev2");
        clock.advance(Duration.ofMinutes(2));
        boolean muchLater = deliveries.firstTime("command", "event Ev1");
        // then
        assertTrue(first);
        assertFalse(retry);
        assertTrue(other);
        assertTrue(muchLater);
    }

    @Test
    void only_the_newest_ids_are_kept_when_very_many_arrive() {
        // given
        deliveries.firstTime("command", "command oldest");
        for (int i = 0; i < RecentIds.MOST; i++) {
            deliveries.firstTime("command", "command " + i);
        }
        // when / then
        assertFalse(deliveries.firstTime("command", "command " + (RecentIds.MOST - 1)));
        assertTrue(deliveries.firstTime("command", "command oldest"));
    }
}
