package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bonusbot adjust}: a manual adjustment with its reason, in an open period, shown and audited. Today is 2026-11-27. */
class AdjustCommandTest {

    @TempDir
    Path tempDir;

    private InProcessCli withAcme() {
        InProcessCli cli = SmallCompany.in(tempDir, "");
        InProcessCli.Run run = cli.run("import", "deals",
                SmallCompany.deals(tempDir, "won.csv", "9001", "Acme", "Closed won", "2026-10-14", "Anna Holm", "100000").toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        return cli;
    }

    @Test
    void a_manual_adjustment_is_its_own_line_with_its_reason_in_status_and_explain_and_in_the_total() {
        // GIVEN Anna earns 10,000.00 in Q4
        InProcessCli cli = withAcme();
        // WHEN sales ops adds a spiff
        InProcessCli.Run adjust = cli.run("adjust", "--person", "anna", "--period", "2026-Q4", "--amount", "1,500.50", "--reason", "Spiff for the Acme deal");
        // THEN it prints the line as the statement will show it
        assertEquals(ExitCodes.OK, adjust.exitCode(), adjust.toString());
        assertTrue(adjust.out().contains("Adjustment: Spiff for the Acme deal") && adjust.out().contains("DKK 1,500.50"), adjust.toString());
        // AND status and explain show it, with the total including it
        InProcessCli.Run status = cli.run("status", "--person", "anna");
        assertTrue(status.out().contains("Adjustment: Spiff for the Acme deal"), status.toString());
        assertTrue(status.out().contains("Total cash payout: DKK 11,500.50"), status.toString());
        InProcessCli.Run explain = cli.run("explain", "--person", "anna");
        assertTrue(explain.out().contains("Adjustment: Spiff for the Acme deal"), explain.toString());
        assertTrue(explain.out().contains("DKK 11,500.50"), explain.toString());
        // AND the JSON lists it and counts it
        JsonNode json = cli.run("status", "--person", "anna", "--json").json();
        assertEquals("manual", json.get("adjustments").get(0).get("kind").asText());
        assertEquals("1500.50", json.get("adjustments").get(0).get("amount").asText());
        assertEquals("Spiff for the Acme deal", json.get("adjustments").get(0).get("reason").asText());
        assertEquals("11500.50", json.get("total").asText());
        assertEquals("10000.00", json.get("plans_total").asText());
        // AND the audit log keeps it: who, the person, the period, before and after
        InProcessCli.Run audit = cli.run("audit", "--person", "anna", "--json");
        JsonNode entry = audit.json().get(audit.json().size() - 1);
        assertEquals("adjust", entry.get("action").asText());
        assertEquals("cli", entry.get("actor").asText());
        assertEquals("2026-Q4", entry.get("period").asText());
        assertEquals("0.00", entry.get("before").asText());
        assertEquals("1500.50", entry.get("after").asText());
        assertTrue(entry.get("detail").asText().contains("Spiff for the Acme deal"), entry.toString());
    }

    @Test
    void a_danish_reader_reads_the_adjustment_in_danish() {
        // GIVEN an adjustment for Peter, who reads Danish
        InProcessCli cli = withAcme();
        InProcessCli.Run adjust = cli.run("adjust", "--person", "peter", "--period", "2026-Q4", "--amount", "-250", "--reason", "For meget udbetalt i oktober",
                "--by", "boss");
        assertEquals(ExitCodes.OK, adjust.exitCode(), adjust.toString());
        // WHEN he asks for his status and explain
        InProcessCli.Run status = cli.run("status", "--person", "peter");
        InProcessCli.Run explain = cli.run("explain", "--person", "peter");
        // THEN the line is in Danish with its reason, taken off the total
        assertTrue(status.out().contains("Reguleringer") && status.out().contains("Regulering: For meget udbetalt i oktober"), status.toString());
        assertTrue(status.out().contains("-250,00"), status.toString());
        assertTrue(explain.out().contains("Regulering: For meget udbetalt i oktober"), explain.toString());
        // AND the audit log names the admin who made it
        assertTrue(cli.run("audit", "--person", "peter").out().contains("boss  adjust"), cli.run("audit").toString());
    }

    @Test
    void a_closed_period_is_refused_naming_the_first_open_one() {
        // GIVEN Q3 and Q4 are closed
        InProcessCli cli = withAcme();
        ClosedPeriodFixture.close(cli.db(), "2026-Q3", Instant.parse("2026-10-01T08:00:00Z"), Map.of());
        ClosedPeriodFixture.close(cli.db(), "2026-Q4", Instant.parse("2026-11-20T08:00:00Z"), Map.of());
        // WHEN an adjustment is made for Q3
        InProcessCli.Run run = cli.run("adjust", "--person", "anna", "--period", "2026-Q3", "--amount", "100", "--reason", "late spiff");
        // THEN it is refused, naming the first open period, and nothing is written
        assertEquals(ExitCodes.PERIOD_CLOSED, run.exitCode(), run.toString());
        assertTrue(run.err().contains("2026-Q3 is closed") && run.err().contains("2027-Q1"), run.toString());
        assertEquals(0, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM adjustments"));
    }

    @Test
    void bad_input_is_refused_with_a_clear_message_and_nothing_written() {
        InProcessCli cli = withAcme();
        // GIVEN/WHEN amounts with three decimals, no digits, or zero; an unknown person, plan or period; a --by who is no admin
        Map<String[], String> refused = new java.util.LinkedHashMap<>();
        refused.put(new String[] {"--person", "anna", "--amount", "1234.567", "--period", "2026-Q4"}, "more than 2 decimals");
        refused.put(new String[] {"--person", "anna", "--amount", "12.3456", "--period", "2026-Q4"}, "more than 2 decimals");
        refused.put(new String[] {"--person", "anna", "--amount", "lots", "--period", "2026-Q4"}, "'lots' is not an amount");
        refused.put(new String[] {"--person", "anna", "--amount", "5k", "--period", "2026-Q4"}, "'5k' is not an amount");
        refused.put(new String[] {"--person", "anna", "--amount", "0", "--period", "2026-Q4"}, "zero");
        refused.put(new String[] {"--person", "nobody", "--amount", "10", "--period", "2026-Q4"}, "'nobody'");
        refused.put(new String[] {"--person", "anna", "--amount", "10", "--period", "2026-Q4", "--plan", "stock"}, "is not on a plan 'stock'");
        refused.put(new String[] {"--person", "anna", "--amount", "10", "--period", "someday"}, "'someday' is not a period");
        refused.put(new String[] {"--person", "anna", "--amount", "10", "--period", "2026-Q4", "--by", "peter"}, "peter is not an admin");
        for (Map.Entry<String[], String> bad : refused.entrySet()) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("adjust", "--reason", "test"));
            args.addAll(java.util.List.of(bad.getKey()));
            InProcessCli.Run run = cli.run(args.toArray(String[]::new));
            // THEN each is refused with words saying what is wrong, no stack trace
            assertTrue(run.exitCode() != ExitCodes.OK && run.err().contains(bad.getValue()), String.join(" ", args) + "\n" + run);
            assertFalse(run.err().contains("Exception"), run.toString());
        }
        assertEquals(0, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM adjustments"));
    }
}
