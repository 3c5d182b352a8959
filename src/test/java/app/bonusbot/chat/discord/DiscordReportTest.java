package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordTestBed.ANNA;
import static app.bonusbot.chat.discord.DiscordTestBed.KARIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /bonus report} in Discord end to end: real JDA against the loopback fake Discord. The private answer carries
 * the summary, the main chart shown in its last embed and the full report as an HTML attachment. Karin is the Danish
 * admin; Anna is made an English one here; Mette is a manager, no admin.
 */
class DiscordReportTest {

    @TempDir
    Path dir;

    private LiveDiscordBot live;

    @BeforeEach
    void the_demo_company_on_discord() {
        live = LiveDiscordBot.start(dir, config -> DemoCompany.replace(config.resolve("settings.yaml"), "admins:\n  - karin.dahl\n",
                "admins:\n  - karin.dahl\n  - anna.holm\n"));
    }

    @AfterEach
    void stop() {
        live.close();
    }

    @Test
    void an_admin_gets_the_summary_with_the_chart_shown_and_the_html_report_attached() {
        // when Anna (English) asks
        SentMessage answer = live.answer(live.bonus(ANNA, "report", Map.of()));

        // then
        assertTrue(answer.request().isMultipart(), answer.request().contentType());
        assertEquals(List.of("plan-health-2026-Q4.png", "plan-health-2026-Q4.html"), answer.files().stream().map(UploadedFile::filename).toList());
        assertTrue(answer.files().get(0).isPng(), "PNG signature");
        assertEquals("attachment://plan-health-2026-Q4.png", answer.embed(answer.embeds().size() - 1).path("image").path("url").asText());
        String embeds = answer.embeds().toString();
        assertTrue(embeds.contains("Plan health report · Q4 2026"), embeds);
        assertTrue(embeds.contains("Findings"), embeds);
        assertTrue(embeds.contains("The main chart and the full report (HTML) are attached."), embeds);
        Document page = Jsoup.parse(answer.files().get(1).text());
        assertEquals("en", page.select("html").attr("lang"));
        assertTrue(page.select("#findings li").size() >= 2, page.select("#findings").text());
    }

    @Test
    void a_danish_admin_reads_it_in_danish() {
        // when
        SentMessage answer = live.answer(live.bonus(KARIN, "report", Map.of("period", "2026-Q4")));

        // then
        String embeds = answer.embeds().toString();
        assertTrue(embeds.contains("Planernes sundhedsrapport · 4. kvartal 2026"), embeds);
        assertTrue(embeds.contains("Hoveddiagrammet og hele rapporten (HTML) er vedhæftet."), embeds);
        assertEquals("da", Jsoup.parse(answer.files().get(1).text()).select("html").attr("lang"));
    }

    @Test
    void a_seller_is_refused_politely_with_nothing_attached() {
        // when
        SentMessage answer = live.answer(live.bonus(DiscordTestBed.METTE, "report", Map.of()));

        // then
        assertTrue(answer.embeds().toString().contains("Sundhedsrapporten er for Bonusbot-administratorer"), answer.embeds().toString());
        assertEquals(List.of(), answer.files());
    }
}
