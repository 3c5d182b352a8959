package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.store.Database;
import app.bonusbot.store.DealLedger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {

    @TempDir
    Path tempDir;

    @Test
    void a_new_database_of_the_demo_company_is_seeded_with_demo_deals() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        // when
        InProcessCli.Run run = cli.run("status", "--person", "anna.holm", "--json");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(deals(cli) > 100, "demo deals for every seller over two quarters: " + deals(cli));
        assertTrue(StatusCommandTest.plan(run.json(), "quarterly-bonus").path("attainment").asText().compareTo("0.000000") > 0, run.out());
    }

    @Test
    void the_demo_deals_are_seeded_on_the_first_open_only() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        String first = cli.run("status", "--person", "anna.holm", "--json").out();
        long seeded = deals(cli);
        // when opened again, also on another day (demo deals are laid out around the day of seeding)
        String second = cli.run("status", "--person", "anna.holm", "--json").out();
        InProcessCli.Run nextWeek = InProcessCli.runExactly("status", "--person", "anna.holm", "--config", cli.config().toString(), "--db",
                cli.db().toString(), "--today", "2026-12-04");
        // then
        assertEquals(first, second);
        assertEquals(ExitCodes.OK, nextWeek.exitCode(), nextWeek.toString());
        assertEquals(seeded, deals(cli));
    }

    @Test
    void an_import_into_a_seeded_database_adds_to_the_demo_deals_without_reseeding() {
        // given
        InProcessCli cli = InProcessCli.onDemoConfig(tempDir);
        cli.run("status", "--person", "anna.holm");
        long seeded = deals(cli);
        // when
        InProcessCli.Run run = cli.run("import", "deals", InProcessCli.HUBSPOT_EXPORT.toString());
        // then
        assertTrue(run.out().startsWith("hubspot-deals.csv: 32 inserted,"), run.out());
        assertEquals(seeded + 32, deals(cli));
    }

    @Test
    void a_config_with_demo_data_false_gets_no_demo_deals() {
        // given
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals();
        // when
        InProcessCli.Run run = cli.run("status", "--person", "anna.holm", "--json");
        // then
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals(0, deals(cli));
        assertEquals("0.00", StatusCommandTest.plan(run.json(), "quarterly-bonus").path("metric").path("value").asText());
    }

    private static long deals(InProcessCli cli) {
        return new DealLedger(Database.open(cli.db())).count();
    }
}
