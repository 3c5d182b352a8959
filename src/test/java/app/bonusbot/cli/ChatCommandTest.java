package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bonusbot chat} and plain {@code bonusbot}, which read the terminal: System.in and System.out are replaced. */
class ChatCommandTest {

    @TempDir
    Path tempDir;

    private final InputStream realIn = System.in;
    private final PrintStream realOut = System.out;
    private final PrintStream realErr = System.err;
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final ByteArrayOutputStream banner = new ByteArrayOutputStream();

    private InProcessCli cli;

    @BeforeEach
    void only_the_hubspot_export_deals() {
        cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
    }

    @AfterEach
    void give_the_terminal_back() {
        System.setIn(realIn);
        System.setOut(realOut);
        System.setErr(realErr);
    }

    private InProcessCli.Run typing(String input, String... args) {
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(terminal, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(banner, true, StandardCharsets.UTF_8));
        try {
            return cli.run(args);
        } finally {
            give_the_terminal_back();
        }
    }

    private String terminal() {
        return terminal.toString(StandardCharsets.UTF_8);
    }

    @Test
    void chat_as_a_person_answers_what_they_type_until_quit_in_their_language_from_the_first_line() {
        // when
        InProcessCli.Run run = typing("/bonus status\n/quit\n/bonus explain\n", "chat", "--person", "emma.poulsen");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run + terminal());
        String out = terminal();
        // Emma's language is Danish, and so is the whole chat, its first line too
        assertTrue(out.startsWith("Bonusbot-konsol · du er Emma Poulsen (emma.poulsen). Skriv /bonus help, eller /quit for at slutte.\n> Bonusstatus · Emma Poulsen\n"), out);
        assertTrue(out.contains("24,7 % af målet · 145.000,00 kr. af 586.956,52 kr."), out);
        assertFalse(out.contains("Sådan beregnes"), "nothing after /quit is read: " + out);
    }

    @Test
    void bonusbot_without_a_command_starts_the_console_chat_as_the_demo_seller() {
        // when
        InProcessCli.Run run = typing("/bonus status\n");
        // then Anna Holm is on a plan of every kind
        assertEquals(ExitCodes.OK, run.exitCode(), run + terminal());
        assertTrue(terminal().startsWith("Bonusbot console · you are Anna Holm (anna.holm)."), terminal());
        assertTrue(terminal().contains("Total cash payout: DKK 54,916.67"), terminal());
        assertTrue(banner.toString(StandardCharsets.UTF_8).contains("starting the console chat on " + cli.db()), banner.toString(StandardCharsets.UTF_8));
    }

    @Test
    void bonusbot_without_a_command_chats_as_the_person_asked_for() {
        // when
        InProcessCli.Run run = typing("/bonus team\n", "--person", "mette.lund");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run + terminal());
        assertTrue(terminal().contains("Team Nordics new business"), terminal());
    }

    @Test
    void chat_as_someone_who_does_not_exist_is_an_error() {
        // when
        InProcessCli.Run run = typing("/bonus status\n", "chat", "--person", "nobody");
        // then
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("fejl: --person: ingen person med id'et 'nobody'"), run.err());
        assertEquals("", terminal());
    }
}
