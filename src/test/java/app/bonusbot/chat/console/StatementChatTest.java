package app.bonusbot.chat.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /bonus statement} in the console: the demo company with the HubSpot export, on 27 November 2026. */
class StatementChatTest {

    @TempDir
    Path dir;

    private Application app;

    @BeforeEach
    void the_demo_company() {
        app = DemoCompany.open(DemoCompany.configCopy(dir), dir, LocalDate.of(2026, 11, 27));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String chat(String personId, String input) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleChat(app.commands()).run(personId, personId, new BufferedReader(new StringReader(input)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void an_open_period_is_provisional_and_a_closed_one_says_when_and_by_whom_it_was_paid() throws java.io.IOException {
        // GIVEN Anna's statement of Q3 while it is open
        String open = chat("anna.holm", "/bonus statement 2026-Q3\n");

        // WHEN sales ops closes Q3 and she asks again
        DemoCompany.close(dir, "2026-Q3");
        String closed = chat("anna.holm", "/bonus statement 2026-Q3\n");

        // THEN both list every plan and line with the total; only the second is the closed one
        assertTrue(open.contains("Statement · Anna Holm · Q3 2026"), open);
        assertTrue(open.contains("Provisional: Q3 2026 is not closed yet; figures as of 30 Sept 2026"), open);
        assertTrue(open.contains("Quarterly new business bonus"), open);
        assertTrue(open.contains("Win-rate kicker"), open);
        assertTrue(open.contains("Employee share programme\n  Stock: 0 shares vested at DKK 142.50 (not cash)"), open);
        assertTrue(open.contains("Band 0 %–120 % at ×1: slice 111.1 % × target bonus DKK 10,000.00"), open);
        assertTrue(open.contains("Total cash payout: DKK 12,111.11"), open);
        assertTrue(closed.contains("Closed on 27 Nov 2026 by cli: this is what was paid"), closed);
        assertFalse(closed.contains("Provisional"), closed);
        assertTrue(closed.contains("Band 0 %–120 % at ×1: slice 111.1 % × target bonus DKK 10,000.00"), closed);
        assertTrue(closed.contains("Total cash payout: DKK 12,111.11"), closed);
    }

    @Test
    void a_danish_seller_reads_it_in_danish_and_an_admin_may_ask_for_anyones() throws java.io.IOException {
        DemoCompany.close(dir, "2026-Q3");

        String mikkel = chat("mikkel.larsen", "/bonus opgørelse 2026-Q3\n");
        String karin = chat("karin.dahl", "/bonus admin statement anna.holm 2026-Q3\n");
        String anna = chat("anna.holm", "/bonus admin statement mikkel.larsen 2026-Q3\n");

        assertTrue(mikkel.contains("Opgørelse · Mikkel Larsen · 3. kvartal 2026"), mikkel);
        assertTrue(mikkel.contains("Lukket den 27. nov. 2026 af cli: dette er, hvad der blev udbetalt"), mikkel);
        assertTrue(mikkel.contains("Samlet kontant udbetaling:"), mikkel);
        assertTrue(karin.contains("Opgørelse · Anna Holm · 3. kvartal 2026"), karin);
        assertTrue(karin.contains("Samlet kontant udbetaling: 12.111,11 kr."), karin);
        assertTrue(anna.contains("you are not one"), anna);
        assertFalse(anna.contains("Mikkel Larsen ·"), anna);
    }

    @Test
    void an_admin_may_name_the_person_right_after_statement_and_a_seller_may_not() throws java.io.IOException {
        // GIVEN Q3 closed
        DemoCompany.close(dir, "2026-Q3");

        // WHEN the admin asks for Anna's statement as /bonus statement <person> [period], and Anna for Mikkel's
        String karin = chat("karin.dahl", "/bonus statement anna.holm 2026-Q3\n");
        String anna = chat("anna.holm", "/bonus statement mikkel.larsen 2026-Q3\n");

        // THEN the admin reads Anna's frozen statement; the seller is refused and sees nothing of Mikkel's
        assertTrue(karin.contains("Opgørelse · Anna Holm · 3. kvartal 2026"), karin);
        assertTrue(karin.contains("Samlet kontant udbetaling: 12.111,11 kr."), karin);
        assertTrue(anna.contains("you are not one"), anna);
        assertFalse(anna.contains("Mikkel Larsen ·"), anna);
    }
}
