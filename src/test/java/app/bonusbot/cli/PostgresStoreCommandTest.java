package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.store.StoreAddress;
import app.bonusbot.store.StoreKind;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The command line on a PostgreSQL store: named by --db or BONUSBOT_DB_URL, its password from the environment only. */
@ExtendWith(StoreKind.Cleanup.class)
class PostgresStoreCommandTest {

    private static final String PASSWORD = "not-to-be-seen-4711";

    @TempDir
    Path dir;

    @Test
    void bonusbot_db_url_points_a_command_at_postgresql_and_the_password_shows_nowhere() {
        // GIVEN a PostgreSQL database named only in the environment, with its password there too
        StoreAddress.Postgres store = (StoreAddress.Postgres) StoreKind.POSTGRESQL.address(dir);
        Map<String, String> environment = Map.of(StoreAddress.ENV_URL, store.url(), StoreAddress.ENV_PASSWORD, PASSWORD);

        // WHEN a seller's status is asked for without --db
        InProcessCli.Run run = InProcessCli.runExactly(environment, "status", "--person", "anna.holm", "--config", InProcessCli.DEMO_CONFIG.toString(),
                "--today", "2026-11-27");

        // THEN the demo company was seeded into PostgreSQL and answers, and the password shows nowhere
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Bonus status · Anna Holm\n"), run.out());
        assertFalse(run.out().contains(PASSWORD) || run.err().contains(PASSWORD), run.toString());
    }

    @Test
    void db_with_a_postgresql_url_is_the_same_store_as_the_environment_names() {
        // GIVEN a status asked for with --db URL, which seeds the demo company there
        StoreAddress.Postgres store = (StoreAddress.Postgres) StoreKind.POSTGRESQL.address(dir);
        InProcessCli.Run first = InProcessCli.runExactly(Map.of(), "status", "--person", "anna.holm", "--db", store.url(), "--config",
                InProcessCli.DEMO_CONFIG.toString(), "--today", "2026-11-27");

        // WHEN the same status is asked for through BONUSBOT_DB_URL
        InProcessCli.Run second = InProcessCli.runExactly(Map.of(StoreAddress.ENV_URL, store.url()), "status", "--person", "anna.holm", "--config",
                InProcessCli.DEMO_CONFIG.toString(), "--today", "2026-11-27");

        // THEN both read the one store: the same answer
        assertEquals(ExitCodes.OK, first.exitCode(), first.toString());
        assertEquals(first.out(), second.out());
    }

    @Test
    void a_database_url_of_another_kind_is_refused_with_what_to_give() {
        // GIVEN a MySQL URL
        // WHEN it is given as the database
        InProcessCli.Run run = InProcessCli.runExactly(Map.of(), "status", "--person", "anna.holm", "--db", "jdbc:mysql://db:3306/bonusbot?password=x",
                "--config", InProcessCli.DEMO_CONFIG.toString());

        // THEN one line says what Bonusbot takes, without the URL's password
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("jdbc:mysql://db:3306/bonusbot is not one Bonusbot can use"), run.err());
        assertTrue(run.err().contains("jdbc:postgresql://host:5432/bonusbot"), run.err());
        assertFalse(run.err().contains("password=x"), run.err());
    }
}
