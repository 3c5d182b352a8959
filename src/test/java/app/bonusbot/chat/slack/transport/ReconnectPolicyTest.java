package app.bonusbot.chat.slack.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

    private final ReconnectPolicy standard = ReconnectPolicy.standard(Duration.ofMinutes(5));

    @Test
    void the_wait_doubles_from_one_second_up_to_a_minute() {
        // given the middle of the jitter's spread
        double middle = 0.5;
        // when
        List<Long> seconds = IntStream.rangeClosed(1, 9).mapToObj(failures -> standard.delayAfter(failures, middle).toSeconds()).toList();
        // then
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L), seconds);
    }

    @Test
    void the_jitter_spreads_each_wait_by_twenty_percent_either_way() {
        // given the ends of the spread
        // when / then
        assertEquals(Duration.ofMillis(3200), standard.delayAfter(3, 0.0));
        assertEquals(Duration.ofMillis(4800), standard.delayAfter(3, 1.0));
        assertEquals(Duration.ofMillis(72_000), standard.delayAfter(20, 1.0));
    }

    @Test
    void a_thousand_failures_in_a_row_still_wait_a_minute() {
        // given / when / then
        assertEquals(Duration.ofMinutes(1), standard.delayAfter(1000, 0.5));
    }
}
