package app.bonusbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.plan.TargetBook;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The schema and its migrations, the same on SQLite and on PostgreSQL. */
@OnBothStores
class StoreSchemaTest {

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    @Test
    void a_new_store_has_every_table_at_the_latest_version() {
        // GIVEN nothing yet
        // WHEN the store is opened
        try (Database db = Database.open(kind.address(dir), StoreFixtures.CLOCK)) {
            // THEN every table is there, at the latest version
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            for (String table : List.of("chat_identities", "deal_history", "deals", "deal_tallies", "imports", "people", "schema_version", "targets",
                    "teams", "survey_answers", "team_posts", "writers", "audit_log", "adjustments", "disputes")) {
                boolean exists = db.jdbi().withHandle(h -> db.dialect().tableExists(h, table));
                assertTrue(exists, table);
            }
        }
    }

    @Test
    void reopening_runs_no_migration_a_second_time() {
        // GIVEN a store opened once
        Database.open(kind.address(dir), StoreFixtures.CLOCK).close();

        // WHEN it is opened again
        try (Database again = Database.open(kind.address(dir), StoreFixtures.CLOCK)) {
            // THEN each version is recorded once
            List<Integer> versions = again.jdbi().withHandle(h -> h.createQuery("SELECT version FROM schema_version ORDER BY version")
                    .mapTo(Integer.class).list());
            assertEquals(Migrations.ALL.stream().map(Migration::version).toList(), versions);
        }
    }

    @Test
    void every_migration_is_recorded_with_the_checksum_of_its_dialects_file() {
        // GIVEN a new store
        try (Database db = Database.open(kind.address(dir), StoreFixtures.CLOCK)) {
            // WHEN its history is read
            List<String> recorded = db.jdbi().withHandle(h -> h.createQuery("SELECT checksum FROM schema_version ORDER BY version").mapTo(String.class).list());

            // THEN each version carries its own file's checksum
            assertEquals(Migrations.ALL.stream().map(m -> m.checksum(db.dialect())).toList(), recorded);
        }
    }

    @Test
    void a_migration_edited_after_it_was_applied_is_refused_naming_the_file() {
        // GIVEN a store whose version 3 was applied from a file other than the one this build has
        try (Database db = Database.open(kind.address(dir), StoreFixtures.CLOCK)) {
            db.useWrite(h -> h.execute("UPDATE schema_version SET checksum = 'a0b1c2d3e4f5a6b7' WHERE version = 3"));
        }

        // WHEN it is opened
        StoreException e = assertThrows(StoreException.class, () -> Database.open(kind.address(dir), StoreFixtures.CLOCK));

        // THEN the message names the file and what to do
        assertTrue(e.getMessage().contains("V3__posts.sql was edited after it was applied"), e.getMessage());
        assertTrue(e.getMessage().contains("put the change into a new migration"), e.getMessage());
    }

    @Test
    void both_dialects_have_every_migration() {
        // GIVEN the migrations this build knows
        // WHEN each dialect's file is read
        // THEN there is one for SQLite and one for PostgreSQL, and they differ (PostgreSQL's has its own types)
        for (Migration migration : Migrations.ALL) {
            assertFalse(migration.sql(Dialect.SQLITE).isBlank(), migration.fileName());
            assertFalse(migration.sql(Dialect.POSTGRESQL).isBlank(), migration.fileName());
            assertFalse(migration.checksum(Dialect.SQLITE).equals(migration.checksum(Dialect.POSTGRESQL)), migration.fileName());
        }
    }

    @Test
    void foreign_keys_are_enforced() {
        // GIVEN a new store
        try (Database db = Database.open(kind.address(dir), StoreFixtures.CLOCK)) {
            // WHEN a deal names an owner who does not exist / THEN the insert is refused
            assertThrows(RuntimeException.class, () -> db.useWrite(h -> h.execute(
                    "INSERT INTO deals (deal_id, amount_cents, outcome, owner_id, version, first_seen_at, updated_at)"
                            + " VALUES ('1', 100, 'won', 'nobody', 1, 'x', 'x')")));
        }
    }

    @Test
    void refuses_a_database_from_a_newer_bonusbot_and_says_so() {
        // GIVEN a store a newer Bonusbot has migrated to version 99
        try (Database db = Database.open(kind.address(dir), StoreFixtures.CLOCK)) {
            db.useWrite(h -> h.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (99, 'future', 'x')"));
        }

        // WHEN this Bonusbot opens it
        StoreException e = assertThrows(StoreException.class, () -> Database.open(kind.address(dir), StoreFixtures.CLOCK));

        // THEN it says which versions it knows
        assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
        assertTrue(e.getMessage().contains("only knows versions up to " + Migrations.latestVersion()), e.getMessage());
    }

    @Test
    void a_new_database_is_empty_until_it_has_people() {
        // GIVEN a new store
        try (Database db = Database.open(kind.address(dir), StoreFixtures.CLOCK)) {
            boolean before = db.isEmpty();

            // WHEN the directory is written
            new DirectoryStore(db).syncFromConfig(StoreFixtures.demoDirectory(), TargetBook.EMPTY);

            // THEN it is no longer empty
            assertTrue(before);
            assertFalse(db.isEmpty());
        }
    }

    @Test
    void a_database_with_only_deals_is_not_empty() {
        // GIVEN a new store
        try (Database db = Database.open(kind.address(dir), StoreFixtures.CLOCK)) {
            // WHEN a deal without an owner is stored
            new DealLedger(db).upsertAll("seed", List.of(StoreFixtures.entry(StoreFixtures.won("1", null, "2026-10-01", "100"))), n -> {});

            // THEN it is not empty
            assertFalse(db.isEmpty());
        }
    }
}
