package app.bonusbot.chat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.bot.Application;
import app.bonusbot.imports.ImportProgress;
import app.bonusbot.imports.ImportResult;
import app.bonusbot.bot.ManualClock;
import app.bonusbot.bot.Scheduler;
import app.bonusbot.store.ImportKind;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled team posts in the console: the demo company without demo deals, the HubSpot example export imported, on
 * Monday 30 November 2026 at 09:00.
 */
class ConsolePostsTest {

    @TempDir
    Path tempDir;

    private Application app;
    private Path charts;
    private final List<String> printed = new ArrayList<>();

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
        ManualClock clock = new ManualClock(LocalDateTime.parse("2026-11-30T09:00").atZone(ZoneId.of("Europe/Copenhagen")));
        Path db = tempDir.resolve("data").resolve("bonusbot.db");
        app = Application.open(config, db, clock::withZone);
        ImportResult imported = app.importer(ImportKind.DEALS).importFile(Path.of("docs/examples/hubspot-deals.csv"), ImportProgress.NONE);
        assertTrue(imported.succeeded(), imported.summary().toString());
        charts = ConsolePostDelivery.chartDirectoryFor(db);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void a_scheduled_post_prints_as_text_and_its_chart_is_written_next_to_the_database() throws IOException {
        // given
        Scheduler scheduler = new Scheduler(app.clock(), app.teamPosts(new ConsolePostDelivery(charts, printed::add, Texts.of(Language.EN))).routines());
        // when
        scheduler.runDue();
        // then three channel posts and the Nordics manager's direct message, in posts.yaml order
        assertEquals(4, printed.size(), String.join("\n", printed));
        String nordics = printed.get(0);
        assertTrue(nordics.startsWith("── Team post for Nordics new business · Slack channel C0NORDICS01, Discord channel 800000000000000201 · week 2026-W49 ──\n"
                + "Ugentlig status · Nordics new business\n"), nordics);
        assertTrue(nordics.contains("Anna Holm      ▰▰▰▰▰▱▱▱▱▱  55 % af eget mål"), nordics);
        assertTrue(nordics.endsWith("  Chart: " + charts.resolve("nordics-2026-W49.png") + "\n"), nordics);
        assertTrue(printed.get(1).startsWith("── Direct message to Mette Lund, manager of Nordics new business ──"), printed.get(1));
        assertTrue(printed.get(2).contains("Weekly update · DACH"), printed.get(2));
        BufferedImage chart = ImageIO.read(charts.resolve("nordics-2026-W49.png").toFile());
        assertNotNull(chart);
        assertTrue(Files.exists(charts.resolve("nordics-2026-W49-manager.png")));
        assertTrue(Files.exists(charts.resolve("renewals-2026-W49.png")));
    }

    @Test
    void the_console_chat_shows_what_arrived_after_its_next_answer_and_on_an_empty_line() throws IOException {
        // given a post waiting, and another that arrives while the person types their second line
        ConsoleInbox inbox = new ConsoleInbox();
        inbox.add("FIRST POST\n");
        BufferedReader typing = new BufferedReader(new StringReader("/bonus help\n\n")) {
            private int lines;

            @Override
            public String readLine() throws IOException {
                if (++lines == 2) {
                    inbox.add("SECOND POST\n");
                }
                return super.readLine();
            }
        };
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        // when
        new ConsoleChat(app.commands(), inbox).run("anna.holm", "Anna Holm", typing, new PrintStream(terminal, true, StandardCharsets.UTF_8));
        // then
        String out = terminal.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("Bonusbot console · you are Anna Holm (anna.holm)."), out);
        int help = out.indexOf("/bonus help");
        int first = out.indexOf("FIRST POST");
        int second = out.indexOf("SECOND POST");
        assertTrue(help > 0 && first > help && second > first, out);
    }
}
