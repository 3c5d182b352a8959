package app.bonusbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentiles_are_the_nearest_rank_of_the_calls_in_any_order() {
        // given
        Latencies latencies = new Latencies(100);
        for (int i = 100; i >= 1; i--) {
            latencies.add(i * 1_000L);
        }

        // when
        Latencies.Summary summary = latencies.summary();

        // then
        assertEquals(new Latencies.Summary(100, 50_000, 95_000, 99_000, 100_000), summary);
    }

    @Test
    void a_few_calls_put_the_high_percentiles_on_the_slowest() {
        // given
        Latencies latencies = new Latencies(3);
        latencies.add(30);
        latencies.add(10);
        latencies.add(20);

        // when
        Latencies.Summary summary = latencies.summary();

        // then
        assertEquals(new Latencies.Summary(3, 20, 30, 30, 30), summary);
    }

    @Test
    void no_calls_have_no_summary() {
        // given
        Latencies latencies = new Latencies(5);

        // when / then
        assertThrows(IllegalStateException.class, latencies::summary);
    }
}
