package app.bonusbot.chat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import app.bonusbot.core.i18n.Formats;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.report.Finding;
import app.bonusbot.core.report.FindingWords;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.core.time.Period;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /bonus report} in the console: the demo company with the HubSpot export on 27 November 2026, Karin (Danish)
 * and Anna (English, made an admin here) as admins. The summary is printed, the full report and its chart written.
 */
class ReportChatTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Period Q4 = Period.parse("2026-Q4").orElseThrow();

    @TempDir
    Path dir;

    private Application app;
    private Path charts;

    @BeforeEach
    void the_demo_company_with_anna_as_a_second_admin() {
        Path config = DemoCompany.configCopy(dir);
        DemoCompany.replace(config.resolve("settings.yaml"), "admins:\n  - karin.dahl\n", "admins:\n  - karin.dahl\n  - anna.holm\n");
        app = DemoCompany.open(config, dir, TODAY);
        charts = dir.resolve("charts");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private String chat(String personId, String input) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleChat(app.commands(), new ConsoleInbox(), charts).run(personId, personId, new BufferedReader(new StringReader(input)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String finding(Finding finding, Language language) {
        return new FindingWords(Texts.of(language), new Formats(language, Currency.getInstance("DKK"))).of(finding);
    }

    @Test
    void an_english_admin_reads_the_period_the_headline_figures_and_every_finding_and_gets_the_files() throws IOException {
        // given the report the CLI would write
        HealthReport report = app.healthReports().report(Q4, TODAY);

        // when
        String answer = chat("anna.holm", "/bonus report\n");

        // then
        assertTrue(answer.contains("Plan health report · Q4 2026"), answer);
        assertTrue(answer.contains("Cash payout"), answer);
        assertTrue(answer.contains(new Formats(Language.EN, Currency.getInstance("DKK")).money(report.latest().cost().shownValue().orElseThrow().payout())), answer);
        assertTrue(answer.contains("Cost of sales"), answer);
        assertTrue(answer.contains("Sellers reaching the threshold"), answer);
        assertTrue(answer.contains("Survey response rate"), answer);
        assertTrue(report.findings().size() >= 2, report.findings().toString());
        for (Finding finding : report.findings()) {
            assertTrue(answer.contains(finding(finding, Language.EN)), finding(finding, Language.EN) + "\n" + answer);
        }
        Path page = charts.resolve("plan-health-2026-Q4.html");
        assertTrue(answer.contains("Full report: " + page), answer);
        assertTrue(answer.contains("Main chart: " + charts.resolve("plan-health-2026-Q4.png")), answer);
        assertEquals("en", Jsoup.parse(Files.readString(page)).select("html").attr("lang"));
        byte[] png = Files.readAllBytes(charts.resolve("plan-health-2026-Q4.png"));
        assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
    }

    @Test
    void a_danish_admin_reads_it_in_danish_with_decimal_commas() throws IOException {
        // given
        HealthReport report = app.healthReports().report(Q4, TODAY);

        // when
        String answer = chat("karin.dahl", "/bonus rapport 2026-Q4\n");

        // then
        assertTrue(answer.contains("Planernes sundhedsrapport · 4. kvartal 2026"), answer);
        assertTrue(answer.contains("Kontant udbetaling"), answer);
        assertTrue(answer.contains(new Formats(Language.DA, Currency.getInstance("DKK")).money(report.latest().cost().shownValue().orElseThrow().payout())), answer);
        assertTrue(answer.contains("Fund"), answer);
        for (Finding finding : report.findings()) {
            assertTrue(answer.contains(finding(finding, Language.DA)), finding(finding, Language.DA) + "\n" + answer);
        }
        assertTrue(answer.contains("Hele rapporten: " + charts.resolve("plan-health-2026-Q4.html")), answer);
        assertEquals("da", Jsoup.parse(Files.readString(charts.resolve("plan-health-2026-Q4.html"))).select("html").attr("lang"));
    }

    @Test
    void a_seller_is_refused_politely_and_no_report_is_written() throws IOException {
        // when
        String lukas = chat("lukas.schmidt", "/bonus report\n");
        String mikkel = chat("mikkel.larsen", "/bonus report\n");

        // then
        assertTrue(lukas.contains("The plan health report is for Bonusbot admins (settings.yaml, admins), and you are not one."), lukas);
        assertTrue(mikkel.contains("Sundhedsrapporten er for Bonusbot-administratorer"), mikkel);
        assertFalse(lukas.contains("Cash payout"), lukas);
        assertFalse(Files.exists(charts.resolve("plan-health-2026-Q4.html")));
    }
}
