package app.bonusbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The health check's view of the store: cheap however often it is asked, and never held up by a store that hangs. */
@Timeout(30)
class StoreProbeTest {

    @Test
    void many_asks_within_a_second_cost_one_probe() {
        // GIVEN a store that answers, and counts how often it is probed
        AtomicInteger probes = new AtomicInteger();
        StoreProbe probe = new StoreProbe(() -> {
            probes.incrementAndGet();
            return true;
        });

        // WHEN a load balancer asks a hundred times in a row
        int reachable = 0;
        for (int i = 0; i < 100; i++) {
            reachable += probe.getAsBoolean() ? 1 : 0;
        }

        // THEN every ask is answered yes, from at most two probes (one more only if the asks took over a second)
        assertEquals(100, reachable);
        assertTrue(probes.get() <= 2, probes.get() + " probes");
    }

    @Test
    void a_store_that_does_not_answer_counts_as_unreachable_without_holding_up_the_asker() throws Exception {
        // GIVEN a store whose probe hangs until the test lets it go
        CountDownLatch letGo = new CountDownLatch(1);
        StoreProbe probe = new StoreProbe(() -> {
            try {
                letGo.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return true;
        });

        // WHEN the health check asks
        boolean reachable = probe.getAsBoolean();

        // THEN it is told no while the probe still hangs
        assertFalse(reachable);
        assertEquals(1, letGo.getCount());
        letGo.countDown();
    }

    @TempDir
    Path dir;

    @Test
    void a_database_that_answers_is_reachable() {
        // GIVEN a SQLite store
        try (Database db = Database.open(dir.resolve("bonusbot.db"))) {
            // THEN the probe reaches it
            assertTrue(new StoreProbe(db).getAsBoolean());
        }
    }
}
