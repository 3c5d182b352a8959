package app.bonusbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.ManualClock;
import app.bonusbot.store.DeliveriesSeen.Verdict;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims of many threads of one process on a SQLite file, made together in shared write transactions. */
class GroupedClaimsTest {

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneId.of("Europe/Copenhagen")));
    private Database db;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("bonusbot.db"), clock);
    }

    @AfterEach
    void close() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        db.close();
    }

    @Test
    void sixteen_threads_claiming_one_id_at_once_get_exactly_one_first_and_every_other_id_is_first_once() throws Exception {
        // GIVEN 16 threads that start together, each claiming the same delivery and one of its own, 50 times
        DeliveriesSeen seen = new DeliveriesSeen(db);
        Instant until = clock.instant().plusSeconds(300);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Verdict>>> results = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            results.add(threads.submit(() -> {
                start.await();
                List<Verdict> verdicts = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    verdicts.add(seen.claim("slack", "trigger", "shared-" + i, until));
                    verdicts.add(seen.claim("slack", "trigger", "own-" + thread + "-" + i, until));
                }
                return verdicts;
            }));
        }
        // WHEN they run
        start.countDown();
        int sharedFirsts = 0;
        int ownFirsts = 0;
        for (Future<List<Verdict>> result : results) {
            List<Verdict> verdicts = result.get(60, TimeUnit.SECONDS);
            for (int i = 0; i < verdicts.size(); i += 2) {
                sharedFirsts += verdicts.get(i) == Verdict.FIRST ? 1 : 0;
                ownFirsts += verdicts.get(i + 1) == Verdict.FIRST ? 1 : 0;
            }
        }
        // THEN each shared id was first for one thread only, each thread's own ids were all first, and all are stored
        assertEquals(50, sharedFirsts);
        assertEquals(16 * 50, ownFirsts);
        assertEquals(50 + 16 * 50, seen.size());
    }

    @Test
    void a_claim_that_fails_is_undone_and_reported_to_its_own_caller_alone_while_the_others_in_its_transaction_land() throws Exception {
        // GIVEN a claim being written that holds the turn, so that the next ones queue up behind it together
        GroupedClaims claims = db.groupedClaims();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Optional<Integer>> first = threads.submit(() -> claims.runIfFree(h -> {
            holding.countDown();
            await(release);
            return h.execute("INSERT INTO store_meta (key, value) VALUES ('grouped-test-first', 'x')");
        }));
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        // AND queued behind it: one claim that writes a row and then fails, and three that succeed
        Future<Optional<Integer>> failing = threads.submit(() -> claims.runIfFree(h -> {
            h.execute("INSERT INTO store_meta (key, value) VALUES ('grouped-test-undone', 'x')");
            throw new IllegalStateException("this claim fails");
        }));
        List<Future<Optional<Integer>>> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            others.add(threads.submit(() -> claims.runIfFree(h -> h.execute("INSERT INTO store_meta (key, value) VALUES ('grouped-test-" + n + "', 'x')"))));
        }
        Thread.sleep(100);
        // WHEN the turn is given on
        release.countDown();
        // THEN the failing caller gets its own exception, the others their rows, and the failed claim's row is gone
        assertEquals(Optional.of(1), first.get(10, TimeUnit.SECONDS));
        Exception failure = assertThrows(Exception.class, () -> failing.get(10, TimeUnit.SECONDS));
        assertTrue(failure.getCause() instanceof IllegalStateException, String.valueOf(failure));
        for (Future<Optional<Integer>> other : others) {
            assertEquals(Optional.of(1), other.get(10, TimeUnit.SECONDS));
        }
        assertEquals(4, (int) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM store_meta WHERE key LIKE 'grouped-test-%'").mapTo(Integer.class).one()));
        assertEquals(0, (int) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM store_meta WHERE key = 'grouped-test-undone'").mapTo(Integer.class).one()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
