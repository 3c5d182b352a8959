package app.bonusbot.cli;

import static app.bonusbot.cli.OneLanguage.assertDanish;
import static app.bonusbot.cli.OneLanguage.assertEnglish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.chat.slack.FakeSlackApi;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CLI run speaks one language from its first line to its last, errors included, in the Danish demo company
 * (settings.yaml {@code language: da}): a command about a person speaks theirs (Mikkel Larsen and Mette Lund Danish,
 * Anna Holm and Jonas Weber English), a command for the company Danish, and a report of bad files English.
 */
class OneLanguageRunTest {

    @TempDir
    Path tempDir;

    private InProcessCli cli;

    @BeforeEach
    void the_demo_company_with_the_hubspot_export() {
        cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
    }

    @Test
    void every_command_about_a_danish_person_is_danish_errors_included() {
        // when / then
        for (InProcessCli.Run run : new InProcessCli.Run[] {
            cli.run("status", "--person", "mikkel.larsen"),
            cli.run("explain", "--person", "mikkel.larsen"),
            cli.run("whatif", "50000", "--person", "mikkel.larsen"),
            cli.run("team", "--person", "mette.lund"),
            cli.run("status", "--person", "mikkel.larsen", "--period", "sometime"),
            cli.run("explain", "nosuchplan", "--person", "mikkel.larsen"),
            cli.run("whatif", "0", "--person", "mikkel.larsen"),
            cli.run("whatif", "100.005", "--person", "mikkel.larsen"),
            cli.run("team", "--person", "mikkel.larsen")}) {
            assertDanish(run);
        }
        InProcessCli.Run period = cli.run("status", "--person", "mikkel.larsen", "--period", "sometime");
        assertEquals(ExitCodes.USAGE, period.exitCode(), period.toString());
        assertTrue(period.err().startsWith("fejl: --period: "), period.err());
    }

    @Test
    void every_command_about_an_english_person_is_english_errors_included() {
        // when / then
        for (InProcessCli.Run run : new InProcessCli.Run[] {
            cli.run("status", "--person", "anna.holm"),
            cli.run("explain", "--person", "anna.holm"),
            cli.run("whatif", "50000", "--person", "anna.holm"),
            cli.run("team", "--person", "jonas.weber"),
            cli.run("status", "--person", "anna.holm", "--period", "sometime"),
            cli.run("explain", "nosuchplan", "--person", "anna.holm"),
            cli.run("whatif", "0", "--person", "anna.holm"),
            cli.run("team", "--person", "anna.holm")}) {
            assertEnglish(run);
        }
        assertTrue(cli.run("team", "--person", "anna.holm").err().startsWith("error: "));
    }

    @Test
    void a_person_nobody_is_called_is_answered_in_the_company_language() {
        // when
        InProcessCli.Run run = cli.run("status", "--person", "mikel.larsen");
        // then
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertDanish(run);
        assertTrue(run.err().startsWith("fejl: --person: "), run.err());
        assertTrue(run.err().contains("mikkel.larsen (Mikkel Larsen)"), run.err());
    }

    @Test
    void opening_closing_and_reading_a_survey_is_danish_the_still_open_error_too() {
        // when
        InProcessCli.Run opened = cli.run("survey", "open", "--survey", "bonus-plan");
        InProcessCli.Run again = cli.run("survey", "open", "--survey", "bonus-plan");
        InProcessCli.Run closed = cli.run("survey", "close", "--survey", "bonus-plan");
        InProcessCli.Run closedAgain = cli.run("survey", "close", "--survey", "bonus-plan");
        InProcessCli.Run results = cli.run("survey", "results", "--survey", "bonus-plan", "--chart", tempDir.resolve("survey.png").toString());
        InProcessCli.Run unknown = cli.run("survey", "open", "--survey", "bonus");
        // then
        assertEquals(ExitCodes.OK, opened.exitCode(), opened.toString());
        assertEquals(ExitCodes.FAILURE, again.exitCode(), again.toString());
        assertTrue(again.err().startsWith("fejl: "), again.err());
        for (InProcessCli.Run run : new InProcessCli.Run[] {opened, again, closed, closedAgain, results, unknown}) {
            assertDanish(run);
        }
    }

    @Test
    void a_dry_run_of_the_team_posts_is_framed_in_english_around_posts_quoted_in_their_teams_language() {
        // when
        InProcessCli.Run run = cli.run("announce", "--all", "--dry-run");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEnglish(frameOf(run.out()));
    }

    @Test
    void announcing_in_the_terminal_and_in_slack_is_english_around_the_posts() {
        // when
        InProcessCli.Run terminal = cli.run("announce", "--team", "nordics");
        InProcessCli.Run twice = cli.run("announce", "--team", "nordics");
        InProcessCli.Run noSuchTeam = cli.run("announce", "--team", "nordic");
        // then
        assertEquals(ExitCodes.OK, terminal.exitCode(), terminal.toString());
        assertEnglish(frameOf(terminal.out()) + terminal.err());
        assertEnglish(twice);
        assertEnglish(noSuchTeam);
        try (FakeSlackApi slack = FakeSlackApi.start()) {
            // when
            InProcessCli.Run run = cli.run(Map.of("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN, "SLACK_API_URL", slack.methodsUrl()),
                    "announce", "--team", "dach");
            // then
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            assertEnglish(run);
        }
    }

    @Test
    void a_good_import_is_english_like_every_import() {
        // when
        InProcessCli.Run deals = cli.run("import", "deals", InProcessCli.HUBSPOT_EXPORT.toString());
        InProcessCli.Run people = cli.run("import", "people", InProcessCli.PEOPLE_FILE.toString());
        InProcessCli.Run targets = cli.run("import", "targets", InProcessCli.TARGETS_FILE.toString());
        // then
        assertEquals(ExitCodes.OK, deals.exitCode(), deals.toString());
        assertEquals(ExitCodes.OK, people.exitCode(), people.toString());
        assertEquals(ExitCodes.OK, targets.exitCode(), targets.toString());
        assertEnglish(deals);
        assertEnglish(people);
        assertEnglish(targets);
    }

    @Test
    void an_import_with_bad_rows_is_english_from_start_to_end() throws IOException {
        // given
        Path file = Files.writeString(tempDir.resolve("bad.csv"), "id,name,team\nanna.holm,Anna Holm,nowhere\n", StandardCharsets.UTF_8);
        // when
        InProcessCli.Run run = cli.run("import", "people", file.toString());
        // then
        assertEquals(ExitCodes.IMPORT_REJECTED, run.exitCode(), run.toString());
        assertEnglish(run);
    }

    @Test
    void a_broken_configuration_is_reported_in_english_from_start_to_end() {
        // given
        cli.editing("settings.yaml", "language: da", "language: dk");
        // when
        InProcessCli.Run check = cli.run("config", "check");
        InProcessCli.Run status = cli.run("status", "--person", "mikkel.larsen");
        // then
        assertEquals(ExitCodes.INVALID_CONFIG, check.exitCode(), check.toString());
        assertEnglish(check);
        assertEnglish(status);
    }

    @Test
    void the_console_chat_of_a_danish_person_is_danish_from_its_first_line() {
        // given
        InputStream realIn = System.in;
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        System.setIn(new ByteArrayInputStream("/bonus status\n/quit\n".getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        InProcessCli.Run run;
        try {
            // when
            run = cli.run("--person", "mikkel.larsen");
        } finally {
            System.setIn(realIn);
            System.setOut(realOut);
            System.setErr(realErr);
        }
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertDanish(run);
        assertDanish(terminal.toString(StandardCharsets.UTF_8));
    }

    /** The frame around the posts: what announce itself says, not the posts it quotes in their team's language. */
    private static String frameOf(String out) {
        StringBuilder frame = new StringBuilder();
        for (String line : out.split("\n")) {
            if (line.startsWith("──") || !line.startsWith(" ") && !line.isBlank() && !line.contains("·") && line.contains(":")) {
                frame.append(line).append('\n');
            }
        }
        assertTrue(frame.length() > 0, out);
        return frame.toString();
    }
}
