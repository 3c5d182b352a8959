package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The real {@code bonusbot} command line, run in-process exactly as {@code Main} runs it, always against an explicit
 * configuration directory and a database file in a temporary directory (never data/bonusbot.db), on a fixed day.
 */
final class InProcessCli {

    static final Path DEMO_CONFIG = Path.of("bot-config");
    static final Path HUBSPOT_EXPORT = Path.of("docs/examples/hubspot-deals.csv");
    static final Path PEOPLE_FILE = Path.of("docs/examples/people.csv");
    static final Path TARGETS_FILE = Path.of("docs/examples/targets.csv");
    static final String TODAY = "2026-11-27";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path config;
    private final Path db;

    private InProcessCli(Path config, Path db) {
        this.config = config;
        this.db = db;
    }

    /** The demo company as shipped in bot-config/, with a new database in {@code tempDir}. */
    static InProcessCli onDemoConfig(Path tempDir) {
        return new InProcessCli(DEMO_CONFIG, tempDir.resolve("bonusbot.db"));
    }

    /** A copy of bot-config/ in {@code tempDir}, which the test may edit, with a new database next to it. */
    static InProcessCli onCopyOfDemoConfig(Path tempDir) {
        Path copy = tempDir.resolve("bot-config");
        try {
            Files.createDirectories(copy);
            try (Stream<Path> files = Files.list(DEMO_CONFIG)) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InProcessCli(copy, tempDir.resolve("bonusbot.db"));
    }

    /** The copy without demo deals, so that the only deals are those a test imports. */
    InProcessCli withoutDemoDeals() {
        return editing("settings.yaml", "demo_data: true", "demo_data: false");
    }

    /** Replaces one exact text in a file of the copied configuration; the text must be there. */
    InProcessCli editing(String file, String text, String replacement) {
        assertTrue(!config.equals(DEMO_CONFIG), "only a copy of bot-config may be edited");
        DemoCompany.replace(config.resolve(file), text, replacement);
        return this;
    }

    /**
     * Imports docs/examples/hubspot-deals.csv. On a copy without demo deals, Anna Holm's Q4 2026 is then exactly:
     * new business 310,000 + 64,500 + 38,000 = 412,500 of 750,000 (55 %), 4 won and 1 lost (win rate 80 %), one
     * renewal of 96,000 and one Analytics upgrade; the Nordics team has 1,065,500 of 3,800,000.
     */
    InProcessCli withHubSpotExportImported() {
        Run run = run("import", "deals", HUBSPOT_EXPORT.toString());
        assertTrue(run.exitCode() == ExitCodes.OK, run.toString());
        return this;
    }

    Path config() {
        return config;
    }

    Path db() {
        return db;
    }

    /** Runs {@code bonusbot ARGS --config DIR --db FILE --today 2026-11-27}. */
    Run run(String... args) {
        return run(Map.of(), args);
    }

    /** As {@link #run(String...)}, in an environment of the test's own, e.g. with chat tokens. */
    Run run(Map<String, String> environment, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString(), "--db", db.toString(), "--today", TODAY));
        return runExactly(environment, all.toArray(String[]::new));
    }

    /** As {@link #run(String...)}, with output to a terminal (where progress redraws a line in place). */
    Run runOnTerminal(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString(), "--db", db.toString(), "--today", TODAY));
        return execute(new BonusbotCommand(Map.of(), StopSignal.jvmShutdown(), true), all.toArray(String[]::new));
    }

    /**
     * As {@link #run(String...)}, started on another thread; what it writes to standard error shows in {@code err} as it
     * goes, for {@link #awaitText}.
     */
    CompletableFuture<Run> runAsync(StringWriter err, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString(), "--db", db.toString(), "--today", TODAY));
        return CompletableFuture.supplyAsync(() -> {
            StringWriter out = new StringWriter();
            CommandLine cli = Cli.commandLine(new BonusbotCommand(Map.of(), StopSignal.jvmShutdown()));
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            int exitCode = cli.execute(all.toArray(String[]::new));
            return new Run(exitCode, out.toString(), err.toString());
        });
    }

    /** Runs the command line with these arguments and nothing added, in an environment without chat tokens. */
    static Run runExactly(String... args) {
        return runExactly(Map.of(), args);
    }

    /** Runs the command line in the given environment instead of the process's. */
    static Run runExactly(Map<String, String> environment, String... args) {
        return execute(new BonusbotCommand(environment, StopSignal.jvmShutdown()), args);
    }

    private static Run execute(BonusbotCommand root, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine(root);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Waits until a running bonusbot has written {@code text} to {@code err}; fails when it ended first or after 30 s. */
    static void awaitText(StringWriter err, String text, CompletableFuture<Run> running) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!err.toString().contains(text)) {
            if (running.isDone()) {
                throw new AssertionError("bonusbot ended before '" + text + "': " + running.get());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' within 30 s: " + err);
            }
            Thread.sleep(20);
        }
    }

    record Run(int exitCode, String out, String err) {

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }
}
