package app.bonusbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /bonus report} in Slack, offline: the summary ephemerally through the real Bolt app, the main chart and the
 * full report as files in the admin's direct messages, through {@link FakeSlackApi}. Karin is the Danish admin; Anna is
 * made an English one here.
 */
class SlackReportTest {

    @TempDir
    Path tempDir;

    private SlackTestBed bed;

    @BeforeEach
    void the_demo_company_in_slack() {
        bed = SlackTestBed.open(tempDir, config -> DemoCompany.replace(config.resolve("settings.yaml"), "admins:\n  - karin.dahl\n",
                "admins:\n  - karin.dahl\n  - anna.holm\n"));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void an_admin_gets_the_summary_ephemerally_and_the_chart_and_the_html_report_in_their_direct_messages() {
        // when Anna (English) asks
        bed.command(SlackTestBed.ANNA, "report");

        // then the summary comes ephemerally, with the period, the figures and the findings, saying where the files are
        JsonNode summary = bed.slack.awaitResponses(1, SlackTestBed.WAIT).get(0);
        assertEquals("ephemeral", summary.path("response_type").asText());
        String blocks = summary.path("blocks").toString();
        assertTrue(blocks.contains("Plan health report · Q4 2026"), blocks);
        assertTrue(blocks.contains("Cost of sales"), blocks);
        assertTrue(blocks.contains("Findings"), blocks);
        assertTrue(blocks.contains("The main chart and the full report (HTML) are in your direct messages with Bonusbot."), blocks);
        // and two files are shared in her direct messages and nowhere else: the PNG chart and the HTML report
        List<FakeSlackApi.Call> completed = bed.slack.awaitAnswered("files.completeUploadExternal", 2, SlackTestBed.WAIT);
        assertEquals(List.of("D0ANNA01", "D0ANNA01"), completed.stream().map(c -> c.param("channel_id")).toList());
        List<FakeSlackApi.Call> uploads = bed.slack.answered(FakeSlackApi.UPLOAD);
        byte[] png = bed.slack.uploaded(uploads.get(0).param("file_id"));
        assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
        assertTrue(uploads.get(1).contentType().startsWith("text/html"), uploads.get(1).contentType());
        Document page = Jsoup.parse(new String(bed.slack.uploaded(uploads.get(1).param("file_id")), StandardCharsets.UTF_8));
        assertEquals("Plan health report · Q4 2026", page.select("h1").text());
        assertEquals(List.of("plan-health-2026-Q4.png", "plan-health-2026-Q4.html"),
                bed.slack.answered("files.getUploadURLExternal").stream().map(c -> c.param("filename")).toList());
    }

    @Test
    void a_danish_admin_reads_the_summary_in_danish() {
        // when
        bed.command(SlackTestBed.KARIN, "rapport");

        // then
        String blocks = bed.slack.awaitResponses(1, SlackTestBed.WAIT).get(0).path("blocks").toString();
        assertTrue(blocks.contains("Planernes sundhedsrapport · 4. kvartal 2026"), blocks);
        assertTrue(blocks.contains("Salgsomkostninger"), blocks);
        assertTrue(blocks.contains("Hoveddiagrammet og hele rapporten (HTML) ligger i dine direkte beskeder med Bonusbot."), blocks);
        assertTrue(blocks.contains(" kr."), blocks);
    }

    @Test
    void a_seller_is_refused_politely_and_no_file_goes_anywhere() {
        // when
        bed.command(SlackTestBed.METTE, "report");

        // then
        JsonNode answer = bed.slack.awaitResponses(1, SlackTestBed.WAIT).get(0);
        assertEquals("ephemeral", answer.path("response_type").asText());
        assertTrue(answer.toString().contains("Sundhedsrapporten er for Bonusbot-administratorer"), answer.toString());
        assertFalse(answer.toString().contains("direkte beskeder"), answer.toString());
        assertEquals(List.of(), bed.slack.calls("files.getUploadURLExternal"));
    }
}
