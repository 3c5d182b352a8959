package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo company with a fiscal year starting in October: on 27 November 2026 the current quarter is FY2027 Q1
 * (October to December 2026), and targets.yaml's 2027-Q1 rows are its targets (Anna Holm: 1,000,000).
 */
class FiscalYearCommandsTest {

    @TempDir
    Path tempDir;

    private InProcessCli octoberCompany() {
        return InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals()
                .editing("settings.yaml", "demo_data: false", "demo_data: false\nfiscal_year_start: October")
                .withHubSpotExportImported();
    }

    @Test
    void status_names_the_fiscal_quarter_and_reads_its_target() {
        // given
        InProcessCli cli = octoberCompany();

        // when
        InProcessCli.Run run = cli.run("status", "--person", "anna.holm");

        // then Anna's 412,500 of October to December count against FY2027 Q1's target of 1,000,000
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Quarterly new business bonus · FY2027 Q1"), run.out());
        assertTrue(run.out().contains("DKK 412,500.00 of DKK 1,000,000.00"), run.out());
        assertTrue(run.out().contains("by 31 Dec 2026"), run.out());
    }

    @Test
    void previous_and_a_typed_quarter_mean_quarters_of_the_fiscal_year() {
        // given
        InProcessCli cli = octoberCompany();

        // when
        InProcessCli.Run previous = cli.run("status", "--person", "anna.holm", "--period", "previous");
        InProcessCli.Run typed = cli.run("status", "--person", "anna.holm", "--period", "2026-Q4", "--json");

        // then the quarter before FY2027 Q1 is FY2026 Q4, July to September 2026
        assertEquals(ExitCodes.OK, previous.exitCode(), previous.toString());
        assertTrue(previous.out().contains("Quarterly new business bonus · FY2026 Q4"), previous.out());
        assertEquals(ExitCodes.OK, typed.exitCode(), typed.toString());
        assertEquals("FY2026-Q4", typed.json().path("plans").get(0).path("period").asText());
    }

    @Test
    void config_check_refuses_a_fiscal_year_start_that_is_no_month_naming_file_and_line() throws IOException {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).editing("settings.yaml", "demo_data: true", "demo_data: true\nfiscal_year_start: Smarch");
        List<String> lines = Files.readAllLines(cli.config().resolve("settings.yaml"));
        int line = lines.indexOf("fiscal_year_start: Smarch") + 1;

        // when
        InProcessCli.Run run = cli.run("config", "check");

        // then
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertEquals("settings.yaml:" + line + " fiscal_year_start: 'Smarch' is not a month: use a month name such as April, or its number 1 to 12"
                + " (did you mean 'march'?)\n1 problem in " + cli.config() + "\n", run.err());
    }
}
