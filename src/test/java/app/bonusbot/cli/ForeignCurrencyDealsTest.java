package app.bonusbot.cli;

import static app.bonusbot.cli.ExplainCommandTest.assertLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deal in euros, from import to config check to explain: held back without a rate, counted once settings.yaml has one. */
class ForeignCurrencyDealsTest {

    @TempDir
    Path tempDir;

    @Test
    void a_euro_deal_is_held_back_reported_and_counts_converted_once_its_rate_is_added_without_a_re_import() throws IOException {
        // given the demo company (DKK, no rates) with Anna's HubSpot deals, and a file with one euro deal of hers
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(tempDir).withoutDemoDeals().withHubSpotExportImported();
        Path csv = Files.writeString(tempDir.resolve("euro.csv"), "deal_id,name,amount,close_date,stage,owner,deal_type,product,pipeline,currency\n"
                + "E-1,Fjord GmbH,1000.05,2026-11-10,won,anna.holm,new,,,EUR\n", StandardCharsets.UTF_8);

        // when it is imported
        InProcessCli.Run imported = cli.run("import", "deals", csv.toString());

        // then it is stored, held back, and said so by the import and by config check
        assertEquals(ExitCodes.OK, imported.exitCode(), imported.toString());
        String held = "1 deal in EUR is held back: no exchange rate for EUR on 2026-11-10 in settings.yaml";
        assertTrue(imported.out().contains("  " + held + "\n"), imported.out());
        InProcessCli.Run check = cli.run("config", "check");
        assertEquals(ExitCodes.OK, check.exitCode(), check.toString());
        assertTrue(check.out().endsWith("Warning: " + held + "\n"), check.out());
        InProcessCli.Run before = cli.run("explain", "--person", "anna.holm", "quarterly-bonus");
        assertFalse(before.out().contains("Fjord GmbH"), before.out());
        assertTrue(before.out().contains("Sum of 3 won deals"), before.out());

        // when settings.yaml gets the rate
        cli.editing("settings.yaml", "currency: DKK", "currency: DKK\nexchange_rates:\n  EUR: 7.46");
        InProcessCli.Run checked = cli.run("config", "check");
        InProcessCli.Run after = cli.run("explain", "--person", "anna.holm", "quarterly-bonus");

        // then nothing is held back, and the deal counts as DKK 7,460.37 with its euros and rate shown
        assertFalse(checked.out().contains("Warning"), checked.out());
        assertTrue(after.out().contains("Sum of 4 won deals"), after.out());
        assertLine(after.out(), "10 Nov 2026 · Fjord GmbH · New business · € 1,000.05 at 1 EUR = 7.46 DKK, rounded to the cent", "DKK 7,460.37");
    }
}
