package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.store.StoreAddress;
import app.bonusbot.store.StoreKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bonusbot migrate-store}: an installation made by the real app on SQLite, moved to the test run's real
 * PostgreSQL, answers there as it did on SQLite, and the SQLite file is left as it was.
 */
@ExtendWith(StoreKind.Cleanup.class)
class MigrateStoreCommandTest {

    private static final String PASSWORD = "not-to-be-seen-0815";
    /** Tables each store keeps for itself. */
    private static final Set<String> NOT_COPIED = Set.of("schema_version", "writers", "leases");

    @TempDir
    static Path installationDir;

    private static InProcessCli installation;

    @TempDir
    Path dir;

    @BeforeAll
    static void an_installation_on_sqlite() {
        installation = SqliteInstallation.build(installationDir);
    }

    private StoreAddress.Postgres target() {
        return (StoreAddress.Postgres) StoreKind.POSTGRESQL.address(dir);
    }

    private static InProcessCli.Run move(Path from, StoreAddress.Postgres to) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(StoreAddress.ENV_PASSWORD, to.password().orElse(PASSWORD));
        return InProcessCli.runExactly(environment, "migrate-store", "--from", from.toString(), "--to", to.url());
    }

    /** The answers compared between the stores: a seller's status and statement of a closed quarter, the audit log, disputes, survey results. */
    private static List<String> answers(String db) {
        List<String[]> questions = List.of(new String[] {"status", "--person", "anna.holm", "--json"},
                new String[] {"status", "--person", "anna.holm", "--period", "2026-Q3", "--json"},
                new String[] {"status", "--person", "mikkel.larsen"},
                new String[] {"team", "--person", "mette.lund", "--json"},
                new String[] {"audit", "--json"},
                new String[] {"disputes", "--json"},
                new String[] {"survey", "results", "--survey", "bonus-plan", "--json"});
        List<String> answers = new ArrayList<>();
        for (String[] question : questions) {
            List<String> args = new ArrayList<>(List.of(question));
            args.addAll(List.of("--config", installation.config().toString(), "--db", db, "--today", InProcessCli.TODAY));
            InProcessCli.Run run = InProcessCli.runExactly(args.toArray(String[]::new));
            assertEquals(ExitCodes.OK, run.exitCode(), String.join(" ", question) + ": " + run);
            answers.add(run.out());
        }
        return answers;
    }

    @Test
    void every_table_and_row_arrives_postgresql_answers_as_sqlite_did_and_the_sqlite_file_is_untouched() throws Exception {
        // GIVEN the installation's answers on SQLite, and its file's bytes and time
        Path file = installation.db();
        List<String> onSqlite = answers(file.toString());
        Map<String, Long> sourceRows = SqliteInstallation.sqliteRows(file);
        byte[] bytes = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);
        StoreAddress.Postgres target = target();

        // WHEN it is moved to an empty PostgreSQL database
        InProcessCli.Run run = move(file, target);

        // THEN the SQLite file is exactly as it was
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertArrayEquals(bytes, Files.readAllBytes(file), "the source's bytes changed");
        assertEquals(modified, Files.getLastModifiedTime(file), "the source's modification time changed");
        // AND every table but the stores' own arrived with every row, as printed, each checksum the same on both sides
        Map<String, Long> copied = new LinkedHashMap<>(sourceRows);
        copied.keySet().removeAll(NOT_COPIED);
        Map<String, Long> targetRows = SqliteInstallation.postgresRows(target, List.copyOf(copied.keySet()));
        Map<String, String[]> printed = printedTable(run.out());
        assertEquals(copied.keySet(), printed.keySet(), run.out());
        for (Map.Entry<String, Long> table : copied.entrySet()) {
            String[] line = printed.get(table.getKey());
            long expected = table.getKey().equals("store_meta") ? table.getValue() - 1 : table.getValue();
            assertEquals(expected, Long.parseLong(line[1]), table.getKey() + " source rows: " + run.out());
            assertEquals(line[1], line[2], table.getKey() + ": " + run.out());
            assertEquals(line[3], line[4], table.getKey() + " checksums: " + run.out());
            assertTrue(line[3].matches("[0-9a-f]{16}"), run.out());
            assertEquals("yes", line[5], run.out());
            assertEquals(table.getValue(), targetRows.get(table.getKey()), table.getKey() + " on PostgreSQL");
        }
        assertTrue(copied.values().stream().filter(n -> n > 0).count() >= 15, "the installation fills most tables: " + copied);
        // AND the password shows nowhere
        assertFalse(run.out().contains(PASSWORD) || run.err().contains(PASSWORD), run.toString());
        // AND PostgreSQL gives the answers SQLite gave
        assertEquals(onSqlite, answers(target.url()));
        // AND new rows get ids past the copied ones (identity sequences moved on): an adjustment and its audit entry
        InProcessCli.Run adjust = InProcessCli.runExactly("adjust", "--person", "anna.holm", "--period", "2026-Q4", "--amount", "-100", "--reason",
                "Correction", "--config", installation.config().toString(), "--db", target.url(), "--today", InProcessCli.TODAY);
        assertEquals(ExitCodes.OK, adjust.exitCode(), adjust.toString());
    }

    @Test
    void a_target_that_holds_data_is_refused_naming_what_it_holds_and_keeps_it() throws Exception {
        // GIVEN a PostgreSQL database a bot already ran on: the demo company was seeded there
        StoreAddress.Postgres target = target();
        InProcessCli.Run seeded = InProcessCli.runExactly("status", "--person", "anna.holm", "--config", InProcessCli.DEMO_CONFIG.toString(), "--db",
                target.url(), "--today", InProcessCli.TODAY);
        assertEquals(ExitCodes.OK, seeded.exitCode(), seeded.toString());
        Map<String, Long> before = SqliteInstallation.postgresRows(target, List.of("people", "deals", "teams"));

        // WHEN the installation is moved there
        InProcessCli.Run run = move(installation.db(), target);

        // THEN it is refused, naming what the target holds, and the target keeps exactly that
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("already holds data: "), run.err());
        assertTrue(run.err().contains("people (" + before.get("people") + " rows)"), run.err());
        assertTrue(run.err().contains("deals (" + before.get("deals") + " rows)"), run.err());
        assertEquals(before, SqliteInstallation.postgresRows(target, List.of("people", "deals", "teams")));
    }

    @Test
    void a_failure_mid_copy_leaves_the_target_without_a_copied_row_and_the_source_as_it_was() throws Exception {
        // GIVEN a copy of the installation with one history row of a deal that is not there (written with SQLite's foreign
        // keys off, as an old tool might have), which PostgreSQL refuses once the tables before it are copied
        Path file = dir.resolve("broken.db");
        Files.copy(installation.db(), file, StandardCopyOption.COPY_ATTRIBUTES);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA foreign_keys = OFF");
            st.execute("INSERT INTO deal_history (deal_id, version, changed_at, import_id, previous_values) VALUES ('GHOST', 1, '2026-11-01T00:00:00Z', NULL, '{}')");
        }
        Map<String, Long> sourceRows = SqliteInstallation.sqliteRows(file);
        byte[] bytes = Files.readAllBytes(file);
        StoreAddress.Postgres target = target();

        // WHEN it is moved
        InProcessCli.Run run = move(file, target);

        // THEN the move fails naming the table and PostgreSQL's reason
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Copying the table deal_history to " + target.describe() + " failed: "), run.err());
        assertTrue(run.err().contains("foreign key"), run.err());
        assertTrue(run.err().contains("The target keeps none of the copied rows; the source is unchanged."), run.err());
        // AND no table of the target holds a row (store_meta only its own data version), though deals came before the history
        Map<String, Long> copied = new LinkedHashMap<>(sourceRows);
        copied.keySet().removeAll(NOT_COPIED);
        Map<String, Long> targetRows = SqliteInstallation.postgresRows(target, List.copyOf(copied.keySet()));
        targetRows.forEach((table, rows) -> assertEquals(table.equals("store_meta") ? 1L : 0L, rows, table + ": " + targetRows));
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void a_table_whose_copy_differs_fails_the_move_with_the_table_printed_and_nothing_kept() throws Exception {
        // GIVEN a target whose database changes a deal's name on the way in (a trigger someone left there)
        StoreAddress.Postgres target = target();
        app.bonusbot.store.Database.open(target, java.time.Clock.systemUTC()).close();
        SqliteInstallation.onPostgres(target, """
                CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN NEW.name := upper(NEW.name); RETURN NEW; END;';
                CREATE TRIGGER shout BEFORE INSERT ON deals FOR EACH ROW EXECUTE FUNCTION shout();""");

        // WHEN the installation is moved there
        InProcessCli.Run run = move(installation.db(), target);

        // THEN the comparison is printed with deals differing, the move fails, and the target holds no copied row
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        String[] deals = printedTable(run.out()).get("deals");
        assertEquals(deals[1], deals[2], run.out());
        assertFalse(deals[3].equals(deals[4]), run.out());
        assertEquals("NO", deals[5], run.out());
        assertEquals("yes", printedTable(run.out()).get("people")[5], run.out());
        assertTrue(run.err().contains("1 of " + printedTable(run.out()).size() + " tables differ between the source and the copy (deals): the copy was"
                + " rolled back"), run.err());
        assertEquals(Map.of("deals", 0L, "people", 0L, "audit_log", 0L), SqliteInstallation.postgresRows(target, List.of("deals", "people", "audit_log")));
    }

    @Test
    void a_source_older_than_this_bonusbot_is_refused_unchanged_with_what_to_do() throws Exception {
        // GIVEN a copy of the installation that looks one schema version older
        Path file = dir.resolve("old.db");
        Files.copy(installation.db(), file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DELETE FROM schema_version WHERE version = (SELECT MAX(version) FROM schema_version)");
        }
        byte[] bytes = Files.readAllBytes(file);

        // WHEN it is moved
        InProcessCli.Run run = move(file, target());

        // THEN it is refused: the source would need a migration, which is a write, so the user is told to open it once first
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("has schema version "), run.err());
        assertTrue(run.err().contains("open the file once with this version"), run.err());
        assertArrayEquals(bytes, Files.readAllBytes(file));
    }

    @Test
    void a_missing_source_or_a_target_that_is_no_postgresql_url_gets_a_clear_message_and_exit_code() {
        StoreAddress.Postgres target = target();
        // WHEN the source file is not there
        InProcessCli.Run missing = move(dir.resolve("nowhere.db"), target);
        // THEN
        assertEquals(ExitCodes.FAILURE, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("The source " + dir.resolve("nowhere.db") + " is not there"), missing.err());
        assertFalse(Files.exists(dir.resolve("nowhere.db")), "a missing source is not created");

        // WHEN the target is a file or another database's URL
        InProcessCli.Run file = InProcessCli.runExactly("migrate-store", "--from", installation.db().toString(), "--to", dir.resolve("other.db").toString());
        InProcessCli.Run mysql = InProcessCli.runExactly("migrate-store", "--from", installation.db().toString(), "--to",
                "jdbc:mysql://db:3306/bonusbot?password=" + PASSWORD);
        // THEN a usage error says what --to takes, without the password
        assertEquals(ExitCodes.USAGE, file.exitCode(), file.toString());
        assertTrue(file.err().contains("is not a PostgreSQL URL: migrate-store moves a SQLite file into PostgreSQL"), file.err());
        assertEquals(ExitCodes.USAGE, mysql.exitCode(), mysql.toString());
        assertTrue(mysql.err().contains("--to: The database jdbc:mysql://db:3306/bonusbot is not one Bonusbot can use"), mysql.err());
        assertFalse(mysql.err().contains(PASSWORD), mysql.err());

        // WHEN no PostgreSQL answers at the URL
        InProcessCli.Run unreachable = InProcessCli.runExactly("migrate-store", "--from", installation.db().toString(), "--to",
                "jdbc:postgresql://127.0.0.1:1/bonusbot?connectTimeout=2&password=" + PASSWORD);
        // THEN it says so, without the password
        assertEquals(ExitCodes.FAILURE, unreachable.exitCode(), unreachable.toString());
        assertTrue(unreachable.err().contains("Cannot connect to the database jdbc:postgresql://127.0.0.1:1/bonusbot?connectTimeout=2&password=***"),
                unreachable.err());
        assertFalse(unreachable.toString().contains(PASSWORD), unreachable.toString());
    }

    @Test
    void a_table_added_by_a_later_version_is_found_in_the_schema_and_copied_too() throws Exception {
        // GIVEN a source and a target that both have a table no list in the code names
        Path file = dir.resolve("later.db");
        Files.copy(installation.db(), file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE later_notes (id INTEGER PRIMARY KEY, note TEXT NOT NULL)");
            st.execute("INSERT INTO later_notes (id, note) VALUES (1, 'Ærø'), (2, 'ok')");
        }
        StoreAddress.Postgres target = target();
        app.bonusbot.store.Database.open(target, java.time.Clock.systemUTC()).close();
        SqliteInstallation.onPostgres(target, "CREATE TABLE later_notes (id BIGINT PRIMARY KEY, note TEXT COLLATE \"C\" NOT NULL)");

        // WHEN the source is moved
        InProcessCli.Run run = move(file, target);

        // THEN that table is copied and compared like the others
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        String[] line = printedTable(run.out()).get("later_notes");
        assertEquals(List.of("2", "2", "yes"), List.of(line[1], line[2], line[5]), run.out());
        assertEquals(Map.of("later_notes", 2L), SqliteInstallation.postgresRows(target, List.of("later_notes")));
    }

    /** Each line of the printed comparison by table: table, source rows, target rows, source checksum, target checksum, ok. */
    private static Map<String, String[]> printedTable(String out) {
        Map<String, String[]> lines = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : out.split("\n")) {
            String[] cells = line.trim().split("\\s+");
            if (line.startsWith("TABLE ")) {
                inTable = true;
            } else if (inTable && cells.length == 6) {
                lines.put(cells[0], cells);
            } else {
                inTable = false;
            }
        }
        return lines;
    }
}
