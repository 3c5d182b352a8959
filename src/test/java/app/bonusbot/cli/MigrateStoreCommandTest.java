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
