package app.bonusbot.store;

import app.bonusbot.core.plan.TargetBook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void opening_creates_the_directories_and_the_schema() {
        // given
        Path file = dir.resolve("data/nested/bonusbot.db");

        // when
        Database db = Database.open(file, StoreFixtures.CLOCK);

        // then
        assertTrue(Files.exists(file));
        assertEquals(Migrations.latestVersion(), db.schemaVersion());
        List<String> tables = db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .mapTo(String.class).list());
        assertTrue(tables.containsAll(List.of("chat_identities", "deal_history", "deals", "imports", "people", "schema_version", "targets", "teams")),
                tables.toString());
    }

    @Test
    void reopening_runs_no_migration_a_second_time() {
        // given
        Path file = dir.resolve("bonusbot.db");
        Database.open(file, StoreFixtures.CLOCK);

        // when
        Database again = Database.open(file, StoreFixtures.CLOCK);

        // then
        List<Integer> versions = again.jdbi().withHandle(h -> h.createQuery("SELECT version FROM schema_version ORDER BY version")
                .mapTo(Integer.class).list());
        assertEquals(Migrations.ALL.stream().map(Migration::version).toList(), versions);
    }

    @Test
    void every_connection_has_foreign_keys_wal_busy_timeout_and_normal_sync() {
        // given
        Database db = Database.open(dir.resolve("bonusbot.db"), StoreFixtures.CLOCK);

        // when
        List<Object> pragmas = db.jdbi().withHandle(h -> List.of(
                h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one(),
                h.createQuery("PRAGMA journal_mode").mapTo(String.class).one(),
                h.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one(),
                h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one()));

        // then
        assertEquals(List.of(1, "wal", 5000, 1), pragmas);
    }

    @Test
    void foreign_keys_are_enforced() {
        // given
        Database db = Database.open(dir.resolve("bonusbot.db"), StoreFixtures.CLOCK);

        // when / then
        assertThrows(RuntimeException.class, () -> db.jdbi().useHandle(h -> h.execute(
                "INSERT INTO deals (deal_id, amount_cents, outcome, owner_id, version, first_seen_at, updated_at)"
                        + " VALUES ('1', 100, 'won', 'nobody', 1, 'x', 'x')")));
    }

    @Test
    void refuses_a_database_from_a_newer_bonusbot_and_says_so() {
        // given
        Path file = dir.resolve("bonusbot.db");
        Database db = Database.open(file, StoreFixtures.CLOCK);
        db.jdbi().useHandle(h -> h.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 'x')"));

        // when
        StoreException e = assertThrows(StoreException.class, () -> Database.open(file, StoreFixtures.CLOCK));

        // then
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
        assertTrue(e.getMessage().contains("only knows versions up to " + Migrations.latestVersion()), e.getMessage());
    }

    @Test
    void a_new_database_is_empty_until_it_has_people() {
        // given
        Database db = Database.open(dir.resolve("bonusbot.db"), StoreFixtures.CLOCK);
        boolean before = db.isEmpty();

        // when
        new DirectoryStore(db).syncFromConfig(StoreFixtures.demoDirectory(), TargetBook.EMPTY);

        // then
        assertTrue(before);
        assertFalse(db.isEmpty());
    }

    @Test
    void a_database_with_only_deals_is_not_empty() {
        // given
        Database db = Database.open(dir.resolve("bonusbot.db"), StoreFixtures.CLOCK);

        // when
        new DealLedger(db).upsertAll("seed", List.of(StoreFixtures.entry(StoreFixtures.won("1", null, "2026-10-01", "100"))), n -> {});

        // then
        assertFalse(db.isEmpty());
    }
}
