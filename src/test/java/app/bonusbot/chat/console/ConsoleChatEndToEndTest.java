package app.bonusbot.chat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.imports.ImportProgress;
import app.bonusbot.imports.ImportResult;
import app.bonusbot.store.ImportKind;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console chat on the real wiring: a copy of bot-config/ without demo deals, the HubSpot example export
 * imported into a SQLite file, and the Application's command handler, on 27 November 2026.
 */
class ConsoleChatEndToEndTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path tempDir;

    private Application app;

    @BeforeEach
    void the_demo_company_with_the_hubspot_export() throws IOException {
        Path config = tempDir.resolve("bot-config");
        Files.createDirectories(config);
        try (Stream<Path> files = Files.list(Path.of("bot-config"))) {
            for (Path file : files.toList()) {
                Files.copy(file, config.resolve(file.getFileName()));
            }
        }
        Path settings = config.resolve("settings.yaml");
        Files.writeString(settings, Files.readString(settings).replace("demo_data: true", "demo_data: false"));
        app = Application.open(config, tempDir.resolve("bonusbot.db"), zone -> Clock.fixed(TODAY.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone));
        ImportResult imported = app.importer(ImportKind.DEALS).importFile(Path.of("docs/examples/hubspot-deals.csv"), ImportProgress.NONE);
        assertTrue(imported.succeeded(), imported.summary().toString());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String chat(String personId, String personName, String input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ConsoleChat(app.commands()).run(personId, personName, new BufferedReader(new StringReader(input)), out);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void a_seller_asks_for_status_explain_whatif_and_gets_help_for_a_command_that_does_not_exist() throws IOException {
        // when
        String out = chat("anna.holm", "Anna Holm", "/bonus status\n/bonus explain\n/bonus whatif 100000 renewal\n/bonus nonsense\n/quit\n");
        // then every command is answered in turn, after its prompt
        assertTrue(out.startsWith("Bonusbot console · you are Anna Holm (anna.holm). Type /bonus help, or /quit to leave.\n> Bonus status · Anna Holm\n"), out);
        int status = out.indexOf("Bonus status · Anna Holm");
        int explain = out.indexOf("> How your bonus is calculated · Anna Holm");
        int whatIf = out.indexOf("> What if you close DKK 100,000.00 (Renewal) today");
        int nonsense = out.indexOf("> \"nonsense\" is not a Bonusbot command.\nBonusbot · what you can ask\n");
        assertTrue(status < explain && explain < whatIf && whatIf < nonsense, out);
        // status: 412,500 of 750,000 and the cash total
        assertTrue(out.contains("55 % of target · DKK 412,500.00 of DKK 750,000.00"), out);
        assertTrue(out.contains("Total cash payout: DKK 54,916.67"), out);
        // explain: every band and the payout
        assertTrue(out.contains("Band 0 %–100 % at ×1: slice 55 % × target bonus DKK 45,000.00"), out);
        assertTrue(out.contains("Band 100 %–150 % at ×1.5: not reached"), out);
        assertTrue(out.contains("Band from 150 % at ×2: not reached"), out);
        assertTrue(out.contains("Cap 2 × target bonus = DKK 90,000.00: not reached"), out);
        // whatif: a renewal of 100,000 is one more won deal and one more big renewal
        assertTrue(out.contains("Milestones · Q4 2026\n  Payout: DKK 2,500.00 → DKK 4,000.00 (+DKK 1,500.00)\n"), out);
        assertTrue(out.contains("Total cash payout: DKK 54,916.67 → DKK 56,694.44 (+DKK 1,777.77)"), out);
        // help lists the commands; /quit ends the chat without another answer
        assertTrue(out.contains("/bonus whatif <amount> [deal type]"), out);
        assertTrue(out.endsWith("\n> "), out);
        assertEquals(5, count(out, "\n> "), "a prompt per line read: " + out);
    }

    @Test
    void a_danish_seller_gets_danish_texts_and_number_formats() throws IOException {
        // given Emma has no language of her own, so the company's da applies
        // when
        String out = chat("emma.poulsen", "Emma Poulsen", "/bonus status\n/bonus hjælp\n/bonus vrøvl\n");
        // then Emma joined on 2 November: 145,000 of 900,000 x 60/92
        assertTrue(out.contains("Bonusstatus · Emma Poulsen"), out);
        assertTrue(out.contains("Kvartalsbonus for nysalg · 4. kvartal 2026"), out);
        assertTrue(out.contains("24,7 % af målet · 145.000,00 kr. af 586.956,52 kr."), out);
        assertTrue(out.contains("Udbetaling indtil nu: 0,00 kr."), out);
        assertTrue(out.contains("Samlet kontant udbetaling:"), out);
        assertTrue(out.contains("Bonusbot · det kan du spørge om"), out);
        assertTrue(out.contains("\"vrøvl\" er ikke en Bonusbot-kommando."), out);
        assertFalse(out.contains("Payout") || out.contains("of target"), "no English: " + out);
        // the input simply ended, without /quit
        assertTrue(out.endsWith("> \n"), out);
    }

    @Test
    void a_seller_sees_only_their_own_numbers_whatever_they_type() throws IOException {
        // when Anna tries to ask about Mikkel in every way the commands take words
        String out = chat("anna.holm", "Anna Holm", """
                /bonus status mikkel.larsen
                /bonus explain mikkel.larsen
                /bonus team
                /bonus admin status mikkel.larsen
                /bonus status --person mikkel.larsen
                """);
        // then she is told why not, and nothing of Mikkel's is shown
        assertTrue(out.contains("\"mikkel.larsen\" is not a period."), out);
        assertTrue(out.contains("You are not on a plan called \"mikkel.larsen\"."), out);
        assertTrue(out.contains("The team overview is for team managers, and you don't manage a team."), out);
        assertTrue(out.contains("Admin commands are for Bonusbot admins (settings.yaml, admins), and you are not one."), out);
        assertTrue(out.contains("Too many words after the command: \"--person mikkel.larsen\"."), out);
        assertFalse(out.contains("Mikkel Larsen"), out);
        for (String hisDeal : new String[] {"Polar Pharma", "Ravn Telecom", "Sol Hotels", "Tårn Construction", "Uldum Textiles", "420,000"}) {
            assertFalse(out.contains(hisDeal), hisDeal + " in: " + out);
        }
    }

    @Test
    void the_admin_may_see_a_seller_s_status_which_a_seller_may_not() throws IOException {
        // when
        String admin = chat("karin.dahl", "Karin Dahl", "/bonus admin status mikkel.larsen\n");
        String seller = chat("anna.holm", "Anna Holm", "/bonus admin status mikkel.larsen\n");
        // then Mikkel has 420,000 of 1,500,000
        assertTrue(admin.contains("Bonusstatus · Mikkel Larsen"), admin);
        assertTrue(admin.contains("28 % af målet · 420.000,00 kr. af 1.500.000,00 kr."), admin);
        assertFalse(seller.contains("420"), seller);
    }

    @Test
    void the_manager_sees_the_team_with_each_member_s_plans_named() throws IOException {
        // when
        String out = chat("mette.lund", "Mette Lund", "/bonus team\n");
        // then
        assertTrue(out.contains("Team Nordics new business"), out);
        assertTrue(out.contains("\nMikkel Larsen\n  Kvartalsbonus for nysalg  ▰▰▱▱▱▱▱▱▱▱  28 % · 4. kvartal 2026 · tempo 44,4 %\n"
                + "  Hitrate-kicker            ▰▰▰▰▰▰▰▰▱▱  83,3 % · 4. kvartal 2026 · tempo 83,3 %\n"), out);
        assertFalse(out.contains("24.750"), "no one's payout: " + out);
    }

    @Test
    void someone_the_bot_does_not_know_is_told_they_are_not_enrolled() throws IOException {
        // when a chat user matching no one in people.yaml asks (the company language is Danish)
        String out = chat("ukendt.person", "Ukendt Person", "/bonus status\n/bonus explain\n/bonus team\n/bonus help\n");
        // then
        String notEnrolled = "Jeg kender dig ikke endnu, så jeg har ingen bonustal til dig. Bed sales ops om at tilføje dit chat-id i Bonusbot.";
        assertEquals(3, count(out, notEnrolled), out);
        assertTrue(out.contains("Bonusbot · det kan du spørge om"), "help is for everyone: " + out);
        assertFalse(out.contains("Bonusstatus"), out);
    }

    @Test
    void malformed_commands_get_the_help_text_and_never_a_stack_trace() throws IOException {
        // when
        String out = chat("anna.holm", "Anna Holm", """
                /bonus whatif
                /bonus whatif lots
                /bonus whatif -5
                /bonus whatif 12.5001
                /bonus status 2026-Q5
                /bonus explain a b c
                /bonus ✨
                bonus
                """);
        // then
        assertTrue(out.contains("Tell me the deal amount, e.g. /bonus whatif 50000 renewal."), out);
        assertTrue(out.contains("\"lots\" is not an amount."), out);
        assertTrue(out.contains("\"-5\" is not an amount."), out);
        assertTrue(out.contains("\"12.5001\" has more than 2 decimals."), out);
        assertTrue(out.contains("\"2026-Q5\" is not a period."), out);
        assertTrue(out.contains("Too many words after the command: \"a b c\"."), out);
        assertTrue(out.contains("\"✨\" is not a Bonusbot command."), out);
        assertEquals(7, count(out, "Bonusbot · what you can ask"), out);
        assertTrue(out.contains("Bonus status · Anna Holm"), "a bare 'bonus' is the status: " + out);
        assertFalse(out.contains("Exception"), out);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }
}
