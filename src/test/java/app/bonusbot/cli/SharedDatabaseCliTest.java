package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bench.DealExports;
import app.bonusbot.config.BotConfig;
import app.bonusbot.config.ConfigLoader;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.imports.ImportResult;
import app.bonusbot.store.Database;
import app.bonusbot.store.DealLedger;
import app.bonusbot.store.WriteLockHolder;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several people using one database at once through the CLI: a read answers during a large import, a changed
 * configuration and a second import wait for the import and then go on, saying whom they wait for, and two imports
 * started together by two real processes both land.
 */
@Timeout(300)
class SharedDatabaseCliTest {

    private static final DateRange Q4_SO_FAR = new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-11-27"));

    @TempDir
    Path dir;

    /** A HubSpot export of {@code count} deals of the configured people, ids starting with the file's name. */
    private static Path export(InProcessCli bonusbot, Path file, int count) throws IOException {
        BotConfig config = ConfigLoader.load(bonusbot.config());
        String prefix = file.getFileName().toString().replace(".csv", "-");
        return DealExports.write(file, prefix, count, config.directory().people(), config.dealMapping(), Q4_SO_FAR);
    }

    private static long deals(InProcessCli bonusbot) {
        try (Database db = Database.open(bonusbot.db())) {
            return new DealLedger(db).count();
        }
    }

    private static void assertNoTrace(InProcessCli.Run run) {
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception") || run.err().toLowerCase().contains("locked"), run.toString());
    }

    @Test
    void status_answers_with_figures_while_a_large_import_holds_the_write_lock() throws Exception {
        // given the demo company, and a large import in the middle of its transaction
        InProcessCli bonusbot = InProcessCli.onCopyOfDemoConfig(dir);
        assertEquals(ExitCodes.OK, bonusbot.run("status", "--person", "anna.holm").exitCode());
        Path big = export(bonusbot, dir.resolve("big.csv"), 20_000);
        try (PausedImport importing = PausedImport.start(bonusbot, big)) {
            // when
            InProcessCli.Run status = bonusbot.run("status", "--person", "anna.holm");

            // then
            assertEquals(ExitCodes.OK, status.exitCode(), status.toString());
            assertTrue(status.out().startsWith("Bonus status · Anna Holm\n"), status.toString());
            assertTrue(status.out().contains("% of target · DKK"), status.toString());
            assertTrue(status.out().contains("Total cash payout: DKK"), status.toString());
            assertEquals("", status.err());
            assertTrue(importing.finish().succeeded());
        }
    }

    @Test
    void a_changed_configuration_waits_for_the_import_says_so_and_is_then_written() throws Exception {
        // given the demo company, a large import in its transaction, then a person renamed in people.yaml
        InProcessCli bonusbot = InProcessCli.onCopyOfDemoConfig(dir);
        assertEquals(ExitCodes.OK, bonusbot.run("status", "--person", "anna.holm").exitCode());
        Path big = export(bonusbot, dir.resolve("big.csv"), 20_000);
        try (PausedImport importing = PausedImport.start(bonusbot, big)) {
            bonusbot.editing("people.yaml", "name: Anna Holm", "name: Anna Holm-Berg");

            // when
            StringWriter err = new StringWriter();
            CompletableFuture<InProcessCli.Run> status = bonusbot.runAsync(err, "status", "--person", "anna.holm");
            InProcessCli.awaitText(err, "Waiting for another writer to finish: import of deals from big.csv", status);
            ImportResult imported = importing.finish();

            // then
            InProcessCli.Run run = status.get(60, TimeUnit.SECONDS);
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            assertTrue(run.out().startsWith("Bonus status · Anna Holm-Berg\n"), run.toString());
            assertEquals(1, run.err().lines().count(), "one line about the wait: " + run);
            assertNoTrace(run);
            assertTrue(imported.succeeded());
        }
    }

    @Test
    void status_answers_while_another_process_holds_the_write_lock() {
        // given the demo company, and a process (a sqlite3 shell, say) holding the write lock
        InProcessCli bonusbot = InProcessCli.onCopyOfDemoConfig(dir);
        assertEquals(ExitCodes.OK, bonusbot.run("status", "--person", "anna.holm").exitCode());
        try (WriteLockHolder other = WriteLockHolder.on(bonusbot.db())) {
            // when
            InProcessCli.Run status = bonusbot.run("status", "--person", "anna.holm");

            // then
            assertEquals(ExitCodes.OK, status.exitCode(), status.toString());
            assertTrue(status.out().contains("Total cash payout: DKK"), status.toString());
            assertEquals("", status.err());
        }
    }

    @Test
    void a_second_import_waits_for_the_first_says_for_whom_and_then_both_land() throws Exception {
        // given no deals, and a large import in the middle of its transaction
        InProcessCli bonusbot = InProcessCli.onCopyOfDemoConfig(dir).withoutDemoDeals();
        assertEquals(ExitCodes.OK, bonusbot.run("status", "--person", "anna.holm").exitCode());
        Path first = export(bonusbot, dir.resolve("first.csv"), 20_000);
        Path second = export(bonusbot, dir.resolve("second.csv"), 20_000);
        try (PausedImport importing = PausedImport.start(bonusbot, first)) {
            // when a second import is started
            StringWriter err = new StringWriter();
            CompletableFuture<InProcessCli.Run> secondImport = bonusbot.runAsync(err, "import", "deals", second.toString());
            InProcessCli.awaitText(err, "Waiting for another writer to finish: import of deals from first.csv", secondImport);
            assertTrue(err.toString().contains("by process " + ProcessHandle.current().pid()), err.toString());
            ImportResult firstResult = importing.finish();

            // then
            InProcessCli.Run run = secondImport.get(120, TimeUnit.SECONDS);
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            // an import is a tool about a file: its summary is English, like its waiting line
            assertTrue(run.out().startsWith("second.csv: 20000 inserted, 0 updated, 0 unchanged, 0 rejected"), run.toString());
            assertNoTrace(run);
            assertEquals(20_000, firstResult.inserted());
            assertEquals(40_000, deals(bonusbot));
        }
    }

    @Test
    void two_large_imports_started_at_once_by_two_processes_both_land_and_the_waiting_one_says_for_whom() throws Exception {
        // given no deals and two exports of 100,000 deals each
        InProcessCli bonusbot = InProcessCli.onCopyOfDemoConfig(dir).withoutDemoDeals();
        assertEquals(ExitCodes.OK, bonusbot.run("status", "--person", "anna.holm").exitCode());
        List<Path> files = List.of(export(bonusbot, dir.resolve("east.csv"), 100_000), export(bonusbot, dir.resolve("west.csv"), 100_000));

        // when two bonusbot processes import them at once
        List<Process> processes = new ArrayList<>();
        for (Path file : files) {
            processes.add(bonusbotProcess(bonusbot, file));
        }

        // then both land, in some order, and nothing is lost
        List<String> errs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Process process = processes.get(i);
            assertTrue(process.waitFor(240, TimeUnit.SECONDS), "process " + i + " did not end");
            String out = Files.readString(dir.resolve(files.get(i).getFileName() + ".out"), StandardCharsets.UTF_8);
            String err = Files.readString(dir.resolve(files.get(i).getFileName() + ".err"), StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), out + err);
            assertTrue(out.startsWith(files.get(i).getFileName() + ": 100000 inserted, 0 updated, 0 unchanged, 0 rejected"), out + err);
            assertFalse(err.contains("\tat ") || err.contains("Exception") || err.toLowerCase().contains("locked"), err);
            errs.add(err);
        }
        assertEquals(200_000, deals(bonusbot));
        int waited = 0;
        for (int i = 0; i < 2; i++) {
            if (errs.get(i).contains("Waiting for another writer to finish")) {
                waited++;
                int other = 1 - i;
                assertTrue(errs.get(i).contains("import of deals from " + files.get(other).getFileName() + ", started ")
                        && errs.get(i).contains("by process " + processes.get(other).pid()), errs.get(i));
            }
        }
        assertTrue(waited >= 1, "started together, one waited for the other: " + errs);
    }

    private Process bonusbotProcess(InProcessCli bonusbot, Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "app.bonusbot.Main", "import", "deals", file.toString(),
                "--config", bonusbot.config().toString(), "--db", bonusbot.db().toString(), "--today", InProcessCli.TODAY)
                .redirectOutput(dir.resolve(file.getFileName() + ".out").toFile())
                .redirectError(dir.resolve(file.getFileName() + ".err").toFile())
                .start();
    }
}
