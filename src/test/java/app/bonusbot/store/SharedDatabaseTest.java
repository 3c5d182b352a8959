package app.bonusbot.store;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static app.bonusbot.store.StoreFixtures.demoDirectory;
import static app.bonusbot.store.StoreFixtures.entry;
import static app.bonusbot.store.StoreFixtures.person;
import static app.bonusbot.store.StoreFixtures.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.TargetBook;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Several processes on one store (a SQLite file, a PostgreSQL database): a read or an unchanged configuration never needs the write lock, a cache
 * write that cannot have it is skipped, a writer waits its turn and says for whom, and an import's report is what
 * happened. "Another process" is a second {@link Database} on the same file, or a {@link WriteLockHolder}.
 */
@Timeout(60)
@OnBothStores
class SharedDatabaseTest {

    @Parameter
    StoreKind kind;


    @TempDir
    Path dir;

    private StoreAddress file;
    private final List<String> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void a_database_with_the_demo_directory() {
        file = kind.address(dir);
        Database db = Database.open(file, CLOCK);
        new DirectoryStore(db).syncFromConfig(demoDirectory(), TargetBook.EMPTY);
        db.close();
    }

    private Database open() {
        return Database.open(file, CLOCK, told::add);
    }

    @Test
    void opening_an_up_to_date_database_takes_no_write_lock() {
        // given another process holding the write lock
        try (WriteLockHolder other = WriteLockHolder.on(file)) {
            // when
            Database db = open();

            // then it opens, reads, and never waited
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            assertEquals(3, new DirectoryStore(db).loadDirectory().people().size());
            assertEquals(List.of(), told);
            db.close();
        }
    }

    @Test
    void an_unchanged_config_is_not_written_again() {
        // given another process holding the write lock
        try (WriteLockHolder other = WriteLockHolder.on(file)) {
            Database db = open();

            // when the same configuration is synced again
            new DirectoryStore(db).syncFromConfig(demoDirectory(), TargetBook.EMPTY);

            // then nothing had to wait for the lock
            assertEquals(List.of(), told);
            db.close();
        }
    }

    @Test
    void a_changed_config_waits_for_the_lock_and_is_then_written() throws Exception {
        // given another process holding the write lock, and a configuration with one person renamed
        Person anna = demoDirectory().people().get(0);
        List<Person> people = new ArrayList<>(demoDirectory().people());
        people.set(0, person(anna.id(), "Anna Jensen-Holm", anna.email(), anna.teamId()));
        Directory renamed = new Directory(people, demoDirectory().teams());
        Database db = open();
        CompletableFuture<Integer> sync;
        try (WriteLockHolder other = WriteLockHolder.on(file)) {
            // when
            sync = CompletableFuture.supplyAsync(() -> new DirectoryStore(db).syncFromConfig(renamed, TargetBook.EMPTY));
            awaitTold("Waiting for another writer to finish");
            assertFalse(sync.isDone(), "it waits while the lock is held");
        }

        // then once the lock is free it is written
        sync.get(30, TimeUnit.SECONDS);
        assertEquals("Anna Jensen-Holm", new DirectoryStore(db).loadDirectory().person(anna.id()).orElseThrow().name());
        assertEquals(1, told.size(), "told once: " + told);
        db.close();
    }

    @Test
    void a_chat_identity_that_cannot_be_written_now_is_skipped_without_an_error() {
        // given another process holding the write lock
        Database db = open();
        ChatIdentityStore cache = new ChatIdentityStore(db);
        try (WriteLockHolder other = WriteLockHolder.on(file)) {
            // when
            boolean remembered = cache.remember(new ChatIdentity("slack", "U1", "anna", "anna@example.com", Instant.parse("2026-10-15T08:00:00Z")));

            // then
            assertFalse(remembered);
        }
        assertTrue(cache.find("slack", "U1").isEmpty());
        assertTrue(cache.remember(new ChatIdentity("slack", "U1", "anna", "anna@example.com", Instant.parse("2026-10-15T08:00:00Z"))),
                "written once the lock is free");
        db.close();
    }

    @Test
    void a_writer_waiting_for_an_import_says_which_import_and_process_it_waits_for() throws Exception {
        // given an import in another Database on the same file, stopped inside its transaction
        Database importing = Database.open(file, CLOCK);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        CompletableFuture<UpsertCounts> firstImport = CompletableFuture.supplyAsync(() -> new DealLedger(importing).upsertAll("big.csv",
                List.of(entry(won("d1", "anna", "2026-10-01", "1000")), entry(won("d2", "bo", "2026-10-02", "2000"))), done -> {
                    inside.countDown();
                    await(goOn);
                }));
        assertTrue(inside.await(30, TimeUnit.SECONDS), "the import holds the lock");
        Database db = open();

        // when another writer comes
        CompletableFuture<UpsertCounts> secondImport = CompletableFuture.supplyAsync(() -> new DealLedger(db).upsertAll("small.csv",
                List.of(entry(won("d3", "carla", "2026-10-03", "3000"))), done -> {}));
        awaitTold("Waiting for another writer to finish");
        goOn.countDown();

        // then it said for whom, and both land
        String waiting = told.get(0);
        assertTrue(waiting.contains("import of deals from big.csv"), waiting);
        assertTrue(waiting.contains("process " + ProcessHandle.current().pid()), waiting);
        assertEquals(2, firstImport.get(30, TimeUnit.SECONDS).inserted());
        assertEquals(1, secondImport.get(30, TimeUnit.SECONDS).inserted());
        assertEquals(3, new DealLedger(db).count());
        assertEquals(List.of(), db.jdbi().withHandle(h -> h.createQuery("SELECT what FROM writers").mapTo(String.class).list()),
                "both imports took their names back");
        importing.close();
        db.close();
    }

    @Test
    void a_row_left_by_a_writer_that_died_names_nobody_and_is_cleared() throws Exception {
        // given a writers row of a process that has ended, and another process (naming nobody) holding the lock
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Database db = open();
        db.jdbi().useHandle(h -> h.execute("INSERT INTO writers (token, what, pid, host, started_at) VALUES ('t', 'import of deals from gone.csv', ?, ?, ?)",
                ended.pid(), Writer.thisHost(), Instant.now().minusSeconds(60).toString()));
        CompletableFuture<UpsertCounts> importing;
        try (WriteLockHolder other = WriteLockHolder.on(file)) {
            // when
            importing = CompletableFuture.supplyAsync(() -> new DealLedger(db).upsertAll("new.csv",
                    List.of(entry(won("d1", "anna", "2026-10-01", "1000"))), done -> {}));
            awaitTold("Waiting for another writer to finish");
        }

        // then
        assertEquals(1, importing.get(30, TimeUnit.SECONDS).inserted());
        assertFalse(told.get(0).contains("gone.csv"), told.get(0));
        assertEquals(List.of(), db.jdbi().withHandle(h -> h.createQuery("SELECT what FROM writers").mapTo(String.class).list()));
        db.close();
    }

    @Test
    void a_writer_that_waited_its_longest_gives_up_with_one_line_and_writes_nothing() {
        // given a database whose writers wait at most half a second for a writer that names nobody
        Database db = Database.open(file, CLOCK, told::add, new WritePatience(Duration.ofSeconds(5), Duration.ofMillis(500)));
        try (WriteLockHolder other = WriteLockHolder.on(file)) {
            // when
            StoreBusyException e = assertThrows(StoreBusyException.class, () -> new DealLedger(db).upsertAll("new.csv",
                    List.of(entry(won("d1", "anna", "2026-10-01", "1000"))), done -> {}));

            // then
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            assertFalse(e.getMessage().toLowerCase().contains("locked"), e.getMessage());
            assertTrue(e.getMessage().contains("Gave up waiting"), e.getMessage());
        }
        assertEquals(0, new DealLedger(db).count());
        assertEquals(List.of(), new ImportLog(db).recent(5));
        db.close();
    }

    @Test
    void an_import_whose_commit_fails_has_nothing_in_the_database_and_says_so() {
        // given a person whose team is gone by the time the import commits (the foreign key is checked at commit)
        Database db = open();
        Person lost = person("dina", "Dina Dahl", "dina@example.com", "nowhere");

        // when
        StoreException e = assertThrows(StoreException.class, () -> new DirectoryStore(db).importPeople("people.csv", List.of(lost), n -> {}));

        // then
        assertTrue(e.getMessage().startsWith("people.csv: nothing imported"), e.getMessage());
        assertTrue(new DirectoryStore(db).loadDirectory().person("dina").isEmpty());
        assertEquals(List.of(), new ImportLog(db).recent(5));
        db.close();
    }

    @Test
    void an_import_whose_commit_reports_an_error_after_its_rows_landed_says_they_landed() {
        // given an import whose rows are committed before its own commit is asked for, which then errs
        Database db = open();

        // when
        UpsertCounts counts = ImportLog.record(db, ImportKind.DEALS, "deals.csv", (h, importId, now) -> {
            try {
                h.getConnection().setAutoCommit(true);
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
            return new UpsertCounts(importId, 1, 0, 0, 0);
        });

        // then
        assertEquals(1, counts.inserted());
        assertEquals("deals.csv", new ImportLog(db).recent(1).get(0).fileName());
        db.close();
    }

    private void awaitTold(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (told.stream().noneMatch(t -> t.contains(text))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not told '" + text + "' within 30 s: " + told);
            }
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("not let go within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
