package app.bonusbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the SQLite store has: a file, its pragmas, databases of older Bonusbots. {@link StoreSchemaTest} is the rest. */
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
    void a_database_made_before_migrations_had_checksums_keeps_opening_and_has_them_from_then_on() {
        // GIVEN a database as a Bonusbot before checksums left it: schema_version without the column
        Path file = dir.resolve("bonusbot.db");
        Database.open(file, StoreFixtures.CLOCK).close();
        try (Database old = Database.open(file, StoreFixtures.CLOCK)) {
            old.useWrite(h -> h.execute("ALTER TABLE schema_version DROP COLUMN checksum"));
        }

        // WHEN this Bonusbot opens it
        Database db = Database.open(file, StoreFixtures.CLOCK);

        // THEN it opens at the latest version, and every version's checksum is the one of its file now
        assertEquals(Migrations.latestVersion(), db.schemaVersion());
        List<String> recorded = db.jdbi().withHandle(h -> h.createQuery("SELECT checksum FROM schema_version ORDER BY version").mapTo(String.class).list());
        assertEquals(Migrations.ALL.stream().map(m -> m.checksum(Dialect.SQLITE)).toList(), recorded);
        db.close();
    }
}
