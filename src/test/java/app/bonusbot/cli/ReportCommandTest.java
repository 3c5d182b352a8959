package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bonusbot report [--period P] [--out FILE]: the plan health report as one HTML file in the company's language. */
class ReportCommandTest {

    @TempDir
    Path tempDir;

    @Test
    void report_with_out_writes_the_html_file_in_the_companys_language_and_says_where() throws Exception {
        // given the demo company (Danish) with the HubSpot export
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
        Path out = tempDir.resolve("out/report.html");

        // when
        InProcessCli.Run run = cli.run("report", "--period", "2026-Q4", "--out", out.toString());

        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Skrev sundhedsrapporten for 4. kvartal 2026 ("), run.out());
        assertTrue(run.out().strip().endsWith(out.toAbsolutePath().normalize().toString()), run.out());
        Document page = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("da", page.select("html").attr("lang"));
        assertEquals("Planernes sundhedsrapport · 4. kvartal 2026", page.select("h1").text());
        assertTrue(page.select("#findings li").size() >= 2, page.select("#findings").text());
        assertFalse(page.select("#plans section.plan").isEmpty());
    }

    @Test
    void report_without_out_writes_to_the_reports_directory_beside_the_database() {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals();

        // when the current period (a quarter, since the plans are paid by different periods) is asked for
        InProcessCli.Run run = cli.run("report");

        // then
        Path written = tempDir.resolve("reports/plan-health-2026-Q4.html");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(Files.isRegularFile(written), run.toString());
        assertTrue(run.out().contains(written.toAbsolutePath().normalize().toString()), run.out());
    }

    @Test
    void a_period_that_is_no_period_is_a_usage_error_and_nothing_is_written() {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals();

        // when
        InProcessCli.Run run = cli.run("report", "--period", "someday", "--out", tempDir.resolve("report.html").toString());

        // then
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--period: 'someday' er ikke en periode"), run.err());
        assertFalse(Files.exists(tempDir.resolve("report.html")));
    }

    @Test
    void an_out_file_that_cannot_be_written_fails_with_the_reason_and_leaves_nothing_half_written() throws Exception {
        // given a file where the directory would have to be
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals();
        Path file = Files.writeString(tempDir.resolve("not-a-directory"), "x");

        // when
        InProcessCli.Run run = cli.run("report", "--out", file.resolve("report.html").toString());

        // then
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--out:"), run.err());
        assertEquals("x", Files.readString(file));
    }
}
