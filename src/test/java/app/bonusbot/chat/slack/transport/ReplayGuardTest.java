package app.bonusbot.chat.slack.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.StoreDeliveries;
import app.bonusbot.store.Database;
import app.bonusbot.store.DeliveriesSeen;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);

    private static ReplayGuard guardAt(Instant now) {
        return new ReplayGuard(Clock.fixed(now, ZoneOffset.UTC), WINDOW);
    }

    private static String seconds(Instant at) {
        return Long.toString(at.getEpochSecond());
    }

    @Test
    void a_signature_is_claimed_once_within_the_window() {
        // given
        ReplayGuard guard = guardAt(NOW);
        // when
        boolean first = guard.claim("v0=aaa", seconds(NOW));
        boolean again = guard.claim("v0=aaa", seconds(NOW));
        boolean other = guard.claim("v0=bbb", seconds(NOW));
        // then
        assertTrue(first);
        assertFalse(again);
        assertTrue(other);
    }

    @Test
    void a_released_signature_can_be_claimed_again() {
        // given a claim whose request Bolt refused
        ReplayGuard guard = guardAt(NOW);
        guard.claim("v0=aaa", seconds(NOW));
        // when
        guard.release("v0=aaa");
        // then
        assertTrue(guard.claim("v0=aaa", seconds(NOW)));
    }

    @Test
    void a_signature_is_remembered_until_its_timestamp_is_5_minutes_old_and_then_forgotten() {
        // given a request signed 4 minutes ago was accepted
        Instant signedAt = NOW.minus(Duration.ofMinutes(4));
        ReplayGuard early = new ReplayGuard(new SteppingClock(NOW, NOW.plusSeconds(59), NOW.plusSeconds(61)), WINDOW);
        assertTrue(early.claim("v0=aaa", seconds(signedAt)));
        // when / then: 59 s later it is still within Bolt's window and refused here; 61 s later Bolt refuses it
        assertFalse(early.claim("v0=aaa", seconds(signedAt)));
        assertEquals(1, early.size());
        assertTrue(early.claim("v0=aaa", seconds(signedAt)), "past the window the guard has nothing left to protect");
    }

    @Test
    void signatures_past_the_window_are_swept_so_memory_holds_only_recent_traffic() {
        // given 3 accepted requests, then 6 minutes pass
        SteppingClock clock = new SteppingClock(NOW, NOW, NOW, NOW.plus(Duration.ofMinutes(6)));
        ReplayGuard guard = new ReplayGuard(clock, WINDOW);
        guard.claim("v0=1", seconds(NOW));
        guard.claim("v0=2", seconds(NOW));
        guard.claim("v0=3", seconds(NOW));
        // when
        guard.claim("v0=4", seconds(NOW.plus(Duration.ofMinutes(6))));
        // then
        assertEquals(1, guard.size());
    }

    @Test
    void a_malformed_timestamp_is_still_claimed_once() {
        // given
        ReplayGuard guard = guardAt(NOW);
        // when
        boolean first = guard.claim("v0=aaa", "yesterday");
        boolean again = guard.claim("v0=aaa", "yesterday");
        // then
        assertTrue(first);
        assertFalse(again);
    }

    @Test
    void while_an_import_holds_the_sqlite_write_lock_each_process_decides_by_its_own_memory(@TempDir Path dir) throws Exception {
        // given a process on a SQLite store whose write lock an import holds
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ExecutorService importer = Executors.newSingleThreadExecutor();
        try (Database db = Database.open(dir.resolve("bonusbot.db"), clock)) {
            ReplayGuard guard = new ReplayGuard(clock, WINDOW, new StoreDeliveries(new DeliveriesSeen(db)));
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Future<?> importing = importer.submit(() -> db.useWrite(h -> {
                holding.countDown();
                await(done);
            }));
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            // when a request and its replay arrive meanwhile
            boolean first = guard.claim("v0=aaa", seconds(NOW));
            boolean replay = guard.claim("v0=aaa", seconds(NOW));
            done.countDown();
            importing.get(10, TimeUnit.SECONDS);
            // then Slack is answered without waiting for the import: the request is accepted, its replay refused here
            assertTrue(first);
            assertFalse(replay);
            assertEquals(0, new DeliveriesSeen(db).size(), "the store was not written while the import held it");
        } finally {
            importer.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Answers the given instants in turn, the last one from then on. */
    private static final class SteppingClock extends Clock {
        private final Instant[] instants;
        private int next;

        SteppingClock(Instant... instants) {
            this.instants = instants;
        }

        @Override
        public Instant instant() {
            Instant now = instants[Math.min(next, instants.length - 1)];
            next++;
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
