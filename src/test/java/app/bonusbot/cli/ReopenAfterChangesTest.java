package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reopening a period withdraws the clawbacks and top-ups that were made for changes to it after its close: closing it
 * again freezes the changed deals in its own statements, so they would otherwise count twice. Today is 2026-11-27
 * (Q4); Anna's Acme deal of 100,000 was won in Q3 on the small company's flat 10 % commission.
 */
class ReopenAfterChangesTest {

    @TempDir
    Path tempDir;

    /** Q3 closed with the real close having paid Anna 10,000.00, then Acme lost: a clawback of 10,000.00 in Q4. */
    private InProcessCli clawedBackInQ4() {
        InProcessCli cli = SmallCompany.in(tempDir, "");
        importDeal(cli, "won.csv", "Closed won");
        ok(cli.run("close", "2026-Q3"));
        importDeal(cli, "lost.csv", "Closed lost");
        JsonNode q4 = adjustments(cli, "2026-Q4");
        assertEquals(1, q4.size(), q4.toString());
        assertEquals("-10000.00", q4.get(0).get("amount").asText());
        return cli;
    }

    private void importDeal(InProcessCli cli, String file, String stage) {
        ok(cli.run("import", "deals", SmallCompany.deals(tempDir, file, "9001", "Acme", stage, "2026-08-14", "Anna Holm", "100000").toString()));
    }

    private static InProcessCli.Run ok(InProcessCli.Run run) {
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        return run;
    }

    private static JsonNode adjustments(InProcessCli cli, String period) {
        return ok(cli.run("status", "--person", "anna", "--period", period, "--json")).json().get("adjustments");
    }

    private static List<JsonNode> audit(InProcessCli cli, String action) {
        List<JsonNode> entries = new ArrayList<>();
        ok(cli.run("audit", "--json")).json().forEach(e -> {
            if (e.get("action").asText().equals(action)) {
                entries.add(e);
            }
        });
        return entries;
    }

    /** Runs the CLI on another day than the test's usual 2026-11-27, e.g. to close Q4 once it has ended. */
    private static InProcessCli.Run runOn(InProcessCli cli, String today, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", cli.config().toString(), "--db", cli.db().toString(), "--today", today));
        return InProcessCli.runExactly(all.toArray(String[]::new));
    }

    @Test
    void reopening_a_quarter_withdraws_its_clawback_and_closing_it_again_pays_the_lost_deal_once() {
        // GIVEN Q3 closed having paid Anna 10,000.00 for Acme, and Acme lost since: a clawback of 10,000.00 in Q4
        InProcessCli cli = clawedBackInQ4();

        // WHEN Q3 is reopened
        InProcessCli.Run reopen = ok(cli.run("reopen", "2026-Q3", "--reason", "Acme was lost before the quarter ended"));

        // THEN the clawback is withdrawn: Q4 has no adjustment in status, explain or the payroll export
        assertTrue(reopen.out().contains("Trak 1 modregning eller efterbetaling tilbage"), "in the company's Danish: " + reopen);
        assertEquals(0, adjustments(cli, "2026-Q4").size());
        assertTrue(!ok(cli.run("explain", "--person", "anna", "--period", "2026-Q4")).out().contains("Acme"), "explain shows no withdrawn line");
        assertEquals(0, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM adjustments"));
        // AND the audit log says so, with the amount withdrawn as its before
        List<JsonNode> withdrawn = audit(cli, "adjustment_withdrawn");
        assertEquals(1, withdrawn.size(), withdrawn.toString());
        assertEquals("anna", withdrawn.get(0).get("person").asText());
        assertEquals("2026-Q4", withdrawn.get(0).get("period").asText());
        assertEquals("-10000.00", withdrawn.get(0).get("before").asText());
        assertEquals("9001", withdrawn.get(0).get("subject").asText());
        // AND the clawback's own entry is still there: the log is never changed
        assertEquals(1, audit(cli, "clawback").size());

        // WHEN Q3 is closed again
        ok(cli.run("close", "2026-Q3"));

        // THEN Q3 pays nothing for the lost deal, and Q4 takes nothing back for it
        InProcessCli.Run q3 = ok(cli.run("status", "--person", "anna", "--period", "2026-Q3"));
        assertTrue(q3.out().contains("Total cash payout: DKK 0.00"), q3.toString());
        assertEquals(0, adjustments(cli, "2026-Q4").size());
        String annasRow = ok(cli.run("payroll-export", "2026-Q4")).out().lines().filter(l -> l.startsWith("anna,")).findFirst().orElseThrow();
        assertTrue(annasRow.endsWith(",0.00,0.00,DKK"), annasRow);

        // AND a later recheck of Q3 measures against the new close alone: the deal won again is paid once, as a top-up
        importDeal(cli, "won-again.csv", "Closed won");
        JsonNode q4 = adjustments(cli, "2026-Q4");
        assertEquals(1, q4.size(), q4.toString());
        assertEquals("10000.00", q4.get(0).get("amount").asText());
    }

    @Test
    void a_clawback_not_taken_is_withdrawn_too_and_manual_adjustments_stay() {
        // GIVEN a plan that never claws back, so Acme's loss is kept as a 0.00 line, and a manual adjustment in Q4
        InProcessCli cli = SmallCompany.in(tempDir, "clawback: none");
        importDeal(cli, "won.csv", "Closed won");
        ok(cli.run("close", "2026-Q3"));
        importDeal(cli, "lost.csv", "Closed lost");
        ok(cli.run("adjust", "--person", "anna", "--period", "2026-Q4", "--amount", "1500", "--reason", "Spiff for the Acme deal"));
        assertEquals(2, adjustments(cli, "2026-Q4").size());

        // WHEN Q3 is reopened
        ok(cli.run("reopen", "2026-Q3", "--reason", "Acme was lost before the quarter ended"));

        // THEN the line not taken is gone (explain no longer says why it was not clawed back), the manual one stays
        JsonNode q4 = adjustments(cli, "2026-Q4");
        assertEquals(1, q4.size(), q4.toString());
        assertEquals("manual", q4.get(0).get("kind").asText());
        assertTrue(!ok(cli.run("explain", "--person", "anna", "--period", "2026-Q4")).out().contains("not clawed back"));
        List<JsonNode> withdrawn = audit(cli, "adjustment_withdrawn");
        assertEquals(1, withdrawn.size(), withdrawn.toString());
        assertEquals("0.00", withdrawn.get(0).get("before").asText());
    }

    @Test
    void a_reopen_is_refused_while_the_clawback_is_paid_with_a_period_closed_by_now() {
        // GIVEN the clawback for Acme paid with Q4, and Q4 closed in January
        InProcessCli cli = clawedBackInQ4();
        ok(runOn(cli, "2027-01-10", "close", "2026-Q4"));
        long auditEntries = ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM audit_log");

        // WHEN Q3 is reopened
        InProcessCli.Run reopen = runOn(cli, "2027-01-10", "reopen", "2026-Q3", "--reason", "Acme was lost before the quarter ended");

        // THEN it is refused, naming Q4 to reopen first, and nothing has changed
        assertEquals(ExitCodes.PERIOD_CLOSED, reopen.exitCode(), reopen.toString());
        assertTrue(reopen.err().contains("2026-Q4"), reopen.err());
        assertTrue(reopen.err().contains("bonusbot reopen 2026-Q4"), reopen.err());
        assertEquals(2, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM period_closes WHERE state = 'closed'"));
        assertEquals(1, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM adjustments"));
        assertEquals(auditEntries, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM audit_log"));
        assertTrue(ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM closed_statements WHERE period_key = '2026-Q3'") > 0);
    }
}
