package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCheckCommandTest {

    /** The accelerator band of quarterly-bonus (plans[0].bands[1]), moved to start inside the band before it. */
    private static final String ACCELERATOR = "{from: 1.0, to: 1.5, rate: 1.5}";
    private static final String OVERLAPPING = "{from: 0.9, to: 1.5, rate: 1.5}";

    @TempDir
    Path tempDir;

    @Test
    void the_demo_config_is_valid() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        // when
        InProcessCli.Run run = cli.run("config", "check");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals("bot-config is valid: 3 teams, 13 people, 9 plans, 29 targets.\n", run.out());
        assertEquals("", run.err());
    }

    @Test
    void a_band_starting_below_the_previous_band_s_end_is_reported_with_file_line_and_field() throws IOException {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).editing("plans.yaml", ACCELERATOR, OVERLAPPING);
        int line = lineOf(cli.config().resolve("plans.yaml"), OVERLAPPING);
        // when
        InProcessCli.Run run = cli.run("config", "check");
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertEquals("plans.yaml:" + line + " plans[0].bands[1].from: must be ≥ the previous band's to\n"
                + "1 problem in " + cli.config() + "\n", run.err());
    }

    @Test
    void every_other_command_refuses_to_run_on_an_invalid_config_with_the_same_message() throws IOException {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).editing("plans.yaml", ACCELERATOR, OVERLAPPING);
        String problem = "plans.yaml:" + lineOf(cli.config().resolve("plans.yaml"), OVERLAPPING)
                + " plans[0].bands[1].from: must be ≥ the previous band's to\n";
        for (List<String> args : List.of(List.of("status", "--person", "anna.holm"), List.of("explain", "--person", "anna.holm"),
                List.of("import", "deals", InProcessCli.HUBSPOT_EXPORT.toString()), List.of("chat"), List.<String>of())) {
            // when
            InProcessCli.Run run = cli.run(args.toArray(String[]::new));
            // then
            assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), args + ": " + run);
            assertEquals("", run.out(), args + ": " + run);
            assertEquals(problem + "Bonusbot will not start with an invalid configuration (1 problem). "
                    + "Run 'bonusbot config check' after fixing it.\n", run.err(), args.toString());
        }
        assertFalse(Files.exists(cli.db()), "no database is created for an invalid config");
    }

    @Test
    void every_problem_is_listed_not_just_the_first() {
        // given a second problem: a target for a plan that does not exist
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).editing("plans.yaml", ACCELERATOR, OVERLAPPING)
                .editing("targets.yaml", "plan: dach-commission, period: 2026-Q3, target: 1_250_000", "plan: dach-comission, period: 2026-Q3, target: 1_250_000");
        // when
        InProcessCli.Run run = cli.run("config", "check");
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().contains("plans[0].bands[1].from: must be ≥ the previous band's to"), run.err());
        assertTrue(run.err().contains("targets.yaml:"), run.err());
        assertTrue(run.err().contains("dach-comission"), run.err());
        assertTrue(run.err().endsWith("2 problems in " + cli.config() + "\n"), run.err());
    }

    @Test
    void a_missing_config_directory_is_reported_without_a_stack_trace() {
        // given
        InProcessCli.Run run = InProcessCli.runExactly("config", "check", "--config", tempDir.resolve("nowhere").toString());
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith(tempDir.resolve("nowhere") + ": config directory not found"), run.err());
        StatusCommandTest.assertNoStackTrace(run);
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }
}
