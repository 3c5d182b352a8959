package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal of a closed period that changes afterwards: the difference to what was paid becomes a clawback or a top-up in
 * the first open period, its own explained line, as the plan's clawback policy says. Today is 2026-11-27 (Q4); Q3 2026
 * was closed on 2026-10-01, 57 days before the change, having paid Anna 10 % of her won Acme deal: 10,000.00.
 */
class ChangesAfterCloseTest {

    private static final Instant CLOSED_AT = Instant.parse("2026-10-01T08:00:00Z");

    @TempDir
    Path tempDir;

    private InProcessCli paidForAcme(String clawback) {
        InProcessCli cli = SmallCompany.in(tempDir, clawback);
        importDeal(cli, "won.csv", "Closed won", "Anna Holm", "100000");
        ClosedPeriodFixture.close(cli.db(), "2026-Q3", CLOSED_AT, Map.of("anna", Map.of("commission", 1_000_000L), "peter", Map.of("commission", 0L)));
        return cli;
    }

    private void importDeal(InProcessCli cli, String file, String stage, String owner, String amount) {
        InProcessCli.Run run = cli.run("import", "deals", SmallCompany.deals(tempDir, file, "9001", "Acme", stage, "2026-08-14", owner, amount).toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    }

    private static JsonNode adjustments(InProcessCli cli, String person) {
        InProcessCli.Run run = cli.run("status", "--person", person, "--json");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        return run.json().get("adjustments");
    }

    @Test
    void a_won_deal_lost_after_the_close_is_clawed_back_in_the_first_open_period_with_its_own_line() {
        // GIVEN Q3 closed having paid Anna 10,000.00 for Acme
        InProcessCli cli = paidForAcme("");
        // WHEN an import says Acme was lost after all
        importDeal(cli, "lost.csv", "Closed lost", "Anna Holm", "100000");
        // THEN Q4, the first open quarter, takes the 10,000.00 back on a line of its own, in the words
        InProcessCli.Run status = cli.run("status", "--person", "anna");
        assertTrue(status.out().contains("Deal Acme in Q3 2026 changed from won to lost after Q3 2026 was paid"), status.toString());
        assertTrue(status.out().contains("-DKK 10,000.00"), status.toString());
        assertTrue(status.out().contains("Total cash payout: -DKK 10,000.00"), "the total includes the clawback: " + status);
        JsonNode a = adjustments(cli, "anna");
        assertEquals(1, a.size(), a.toString());
        assertEquals("clawback", a.get(0).get("kind").asText());
        assertEquals("2026-Q4", a.get(0).get("period").asText());
        assertEquals("-10000.00", a.get(0).get("amount").asText());
        assertEquals("outcome", a.get(0).get("change").get("what").asText());
        // AND Q3 itself pays as it did: nothing paid changes silently
        assertEquals(1_000_000L, ClosedPeriodFixture.count(cli.db(), "SELECT cash_cents FROM closed_plan_cash WHERE person_id = 'anna'"));
        // AND the audit log has the change of the deal and the clawback
        InProcessCli.Run audit = cli.run("audit", "--person", "anna");
        assertTrue(audit.out().contains("deal_changed") && audit.out().contains("clawback"), audit.toString());
    }

    @Test
    void an_amount_raised_after_the_close_is_paid_as_a_top_up() {
        // GIVEN Q3 closed having paid Anna 10,000.00 for Acme at 100,000
        InProcessCli cli = paidForAcme("clawback: none");
        // WHEN the deal's amount becomes 150,000
        importDeal(cli, "more.csv", "Closed won", "Anna Holm", "150000");
        // THEN Q4 pays the 5,000.00 difference as a top-up, whatever the clawback policy
        JsonNode a = adjustments(cli, "anna");
        assertEquals(1, a.size(), a.toString());
        assertEquals("top_up", a.get(0).get("kind").asText());
        assertEquals("5000.00", a.get(0).get("amount").asText());
        InProcessCli.Run status = cli.run("status", "--person", "anna");
        assertTrue(status.out().contains("Deal Acme in Q3 2026 changed amount from"), status.toString());
        assertTrue(status.out().contains("Total cash payout: DKK 5,000.00"), "Q4 pays the top-up: " + status);
    }

    @Test
    void with_clawback_none_a_lost_deal_is_not_clawed_back_and_explain_says_so() {
        // GIVEN a plan that never claws back
        InProcessCli cli = paidForAcme("clawback: none");
        // WHEN Acme is lost after the close
        importDeal(cli, "lost.csv", "Closed lost", "Anna Holm", "100000");
        // THEN nothing is taken back, and explain says why
        JsonNode a = adjustments(cli, "anna");
        assertEquals(1, a.size(), a.toString());
        assertEquals("0.00", a.get(0).get("amount").asText());
        assertEquals("none", a.get(0).get("not_clawed_back").get("policy").asText());
        InProcessCli.Run explain = cli.run("explain", "--person", "anna");
        assertTrue(explain.out().contains("not clawed back: the plan does not claw back"), explain.toString());
        InProcessCli.Run status = cli.run("status", "--person", "anna");
        assertFalse(status.out().contains("changed from won to lost"), "status shows only what moves money: " + status);
    }

    @Test
    void a_clawback_inside_the_plans_window_is_taken() {
        // GIVEN a 60-day window: the change comes 57 days after the close
        InProcessCli cli = paidForAcme("clawback: {within_days: 60}");
        // WHEN Acme is lost
        importDeal(cli, "lost.csv", "Closed lost", "Anna Holm", "100000");
        // THEN it is clawed back
        assertEquals("-10000.00", adjustments(cli, "anna").get(0).get("amount").asText());
    }

    @Test
    void a_clawback_outside_the_plans_window_is_not_taken_and_stays_not_taken() {
        // GIVEN a 30-day window: the change comes 57 days after the close
        InProcessCli cli = paidForAcme("clawback: {within_days: 30}");
        // WHEN Acme is lost
        importDeal(cli, "lost.csv", "Closed lost", "Anna Holm", "100000");
        // THEN nothing is taken, explain says the window had passed (in Danish too), the audit log keeps it
        JsonNode a = adjustments(cli, "anna");
        assertEquals(1, a.size(), a.toString());
        assertEquals("0.00", a.get(0).get("amount").asText());
        InProcessCli.Run explain = cli.run("explain", "--person", "anna");
        assertTrue(explain.out().contains("not clawed back: the plan's 30-day window had passed"), explain.toString());
        InProcessCli.Run audit = cli.run("audit", "--person", "anna", "--period", "2026-Q4");
        assertTrue(audit.out().contains("clawback") && audit.out().contains("not clawed back 10000.00 (window:30)"), audit.toString());
        // AND a later change to the same period does not take it after all
        importDeal(cli, "lost-again.csv", "Closed lost", "Anna Holm", "90000");
        JsonNode after = adjustments(cli, "anna");
        assertTrue(after.size() <= 1 || after.get(1).get("amount").asText().equals("0.00"), after.toString());
        assertEquals(0, ClosedPeriodFixture.count(cli.db(), "SELECT COALESCE(SUM(amount_cents), 0) FROM adjustments"));
    }

    @Test
    void a_second_recheck_adds_nothing() {
        // GIVEN the clawback for the lost Acme deal is made
        InProcessCli cli = paidForAcme("");
        importDeal(cli, "lost.csv", "Closed lost", "Anna Holm", "100000");
        assertEquals(1, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM adjustments"));
        // WHEN the same change is up for a recheck once more (as after a crash) and the bot starts again
        ClosedPeriodFixture.execute(cli.db(), """
                INSERT INTO deal_rechecks (deal_id, before, after, source, at)
                SELECT deal_id, before, after, source, at FROM (SELECT '9001' AS deal_id, NULL AS before,
                    '{"name":"Acme","outcome":"lost","close_date":"2026-08-14","owner_id":"anna","amount":"100000.00"}' AS after,
                    'import' AS source, '2026-11-27T11:00:00Z' AS at)""");
        InProcessCli.Run status = cli.run("status", "--person", "anna");
        // THEN no second clawback: what was paid already counts the first, and the recheck is done
        assertEquals(ExitCodes.OK, status.exitCode(), status.toString());
        assertEquals(1, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM adjustments"));
        assertEquals(0, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM deal_rechecks"));
        // AND importing the same file again changes nothing either
        importDeal(cli, "lost-again.csv", "Closed lost", "Anna Holm", "100000");
        assertEquals(1, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM adjustments"));
    }

    @Test
    void an_owner_change_after_the_close_moves_the_pay_from_one_seller_to_the_other() {
        // GIVEN Q3 closed having paid Anna for Acme, Peter nothing
        InProcessCli cli = paidForAcme("");
        // WHEN the deal turns out to be Peter's
        importDeal(cli, "moved.csv", "Closed won", "Peter Dansk", "100000");
        // THEN Anna gives 10,000.00 back and Peter is paid it, each with the move in their own language
        assertEquals("-10000.00", adjustments(cli, "anna").get(0).get("amount").asText());
        assertEquals("owner", adjustments(cli, "anna").get(0).get("change").get("what").asText());
        assertEquals("10000.00", adjustments(cli, "peter").get(0).get("amount").asText());
        InProcessCli.Run anna = cli.run("status", "--person", "anna");
        assertTrue(anna.out().contains("Deal Acme in Q3 2026 moved from Anna Holm to Peter Dansk after Q3 2026 was paid"), anna.toString());
        InProcessCli.Run peter = cli.run("status", "--person", "peter");
        assertTrue(peter.out().contains("blev flyttet fra Anna Holm til Peter Dansk"), peter.toString());
    }

    @Test
    void a_held_back_deal_that_a_new_exchange_rate_converts_is_paid_as_a_top_up() throws Exception {
        // GIVEN a EUR deal of Q3 held back for want of a rate, and Q3 closed having paid Anna nothing for it
        InProcessCli cli = SmallCompany.in(tempDir, "");
        Path csv = java.nio.file.Files.writeString(tempDir.resolve("euro.csv"), "deal_id,name,amount,close_date,stage,owner,deal_type,product,pipeline,currency\n"
                + "E-1,Fjord GmbH,1000,2026-08-10,won,anna,new,,,EUR\n");
        assertEquals(ExitCodes.OK, cli.run("import", "deals", csv.toString()).exitCode());
        ClosedPeriodFixture.close(cli.db(), "2026-Q3", CLOSED_AT, Map.of("anna", Map.of("commission", 0L)));
        // WHEN settings.yaml gets a EUR rate, which the next start converts the deal at
        cli.editing("settings.yaml", "currency: DKK", "currency: DKK\nexchange_rates:\n  EUR: 7.46");
        JsonNode a = adjustments(cli, "anna");
        // THEN Q4 pays 10 % of the 7,460.00 it now counts for, as a top-up for the deal's amount
        assertEquals(1, a.size(), a.toString());
        assertEquals("top_up", a.get(0).get("kind").asText());
        assertEquals("746.00", a.get(0).get("amount").asText());
        assertEquals("amount", a.get(0).get("change").get("what").asText());
        assertEquals("cli", a.get(0).get("created_by").asText());
    }

    @Test
    void an_import_without_a_closed_period_records_no_recheck_and_one_audit_entry() {
        // GIVEN no period is closed
        InProcessCli cli = SmallCompany.in(tempDir, "");
        // WHEN deals are imported and changed
        importDeal(cli, "won.csv", "Closed won", "Anna Holm", "100000");
        importDeal(cli, "lost.csv", "Closed lost", "Anna Holm", "100000");
        // THEN nothing is up for a recheck, no adjustment is made, and each import is one entry of the audit log
        assertEquals(0, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM deal_rechecks"));
        assertEquals(0, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM adjustments"));
        assertEquals(2, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM audit_log WHERE action = 'import'"));
        assertEquals(0, ClosedPeriodFixture.count(cli.db(), "SELECT COUNT(*) FROM audit_log WHERE action = 'deal_changed'"));
    }

    @Test
    void after_a_real_close_a_lost_deal_leaves_the_closed_quarter_as_paid_and_the_next_statement_and_export_carry_the_clawback() {
        // GIVEN Acme won in Q3 and Q3 closed with bonusbot close itself
        InProcessCli cli = SmallCompany.in(tempDir, "");
        importDeal(cli, "won.csv", "Closed won", "Anna Holm", "100000");
        InProcessCli.Run close = cli.run("close", "2026-Q3");
        assertEquals(ExitCodes.OK, close.exitCode(), close.toString());
        String q3Before = cli.run("status", "--person", "anna", "--period", "2026-Q3").out();

        // WHEN an import says Acme was lost after all
        importDeal(cli, "lost.csv", "Closed lost", "Anna Holm", "100000");

        // THEN Q3 answers exactly as it did when it was closed
        assertEquals(q3Before, cli.run("status", "--person", "anna", "--period", "2026-Q3").out());
        assertTrue(q3Before.contains("DKK 10,000.00"), q3Before);
        // AND Q4's statement and payroll export carry the clawback as its own line
        InProcessCli.Run statement = cli.run("status", "--person", "anna", "--period", "2026-Q4");
        assertTrue(statement.out().contains("Deal Acme in Q3 2026 changed from won to lost after Q3 2026 was paid"), statement.toString());
        InProcessCli.Run export = cli.run("payroll-export", "2026-Q4");
        assertEquals(ExitCodes.OK, export.exitCode(), export.toString());
        String annasRow = export.out().lines().filter(l -> l.startsWith("anna,")).findFirst().orElseThrow();
        assertTrue(annasRow.contains(",-10000.00,-10000.00,DKK"), annasRow);
        // AND the audit log has the close, the change and the clawback, in that order
        String audit = cli.run("audit").out();
        int closed = audit.indexOf(" close ");
        int changed = audit.indexOf("deal_changed");
        int clawback = audit.indexOf(" clawback ");
        assertTrue(closed >= 0 && closed < changed && changed < clawback, audit);
    }

    private static final String TIERED = """
                kind: performance
                name: {en: Commission, da: Provision}
                period: quarter
                enrolment:
                  teams: [sales]
                metric:
                  type: sum
                base: target
                bands:
                  - {from: 0, to: 1, rate: 5%}
                  - {from: 1, rate: 10%}
                target: 100_000
            """;

    private Path threeDeals(String file, String fjord, String skagen) {
        return SmallCompany.deals(tempDir, file, new SmallCompany.Row("7001", "Fjord", fjord, "2026-08-10", "Anna Holm", "100000"),
                new SmallCompany.Row("7002", "Skagen", skagen, "2026-09-01", "Anna Holm", "100000"),
                new SmallCompany.Row("7003", "Vejle", "Closed won", "2026-09-15", "Anna Holm", "50000"));
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    @Test
    void two_deals_lost_in_one_import_are_two_clawback_lines_each_naming_its_deal() {
        // GIVEN Fjord (100,000), Skagen (100,000) and Vejle (50,000) won by Anna in Q3, and Q3 closed paying 25,000.00
        InProcessCli cli = SmallCompany.in(tempDir, "");
        assertEquals(ExitCodes.OK, cli.run("import", "deals", threeDeals("won.csv", "Closed won", "Closed won").toString()).exitCode());
        assertEquals(ExitCodes.OK, cli.run("close", "2026-Q3").exitCode());

        // WHEN one import says Fjord and Skagen were lost
        assertEquals(ExitCodes.OK, cli.run("import", "deals", threeDeals("lost.csv", "Closed lost", "Closed lost").toString()).exitCode());

        // THEN Q4 has a clawback line per deal, each naming its own deal with its own share
        List<JsonNode> a = list(adjustments(cli, "anna"));
        assertEquals(2, a.size(), a.toString());
        assertEquals("7001", a.get(0).get("change").get("deal_id").asText(), a.toString());
        assertEquals("-10000.00", a.get(0).get("amount").asText());
        assertEquals("7002", a.get(1).get("change").get("deal_id").asText(), a.toString());
        assertEquals("-10000.00", a.get(1).get("amount").asText());
        InProcessCli.Run status = cli.run("status", "--person", "anna");
        assertTrue(status.out().contains("Deal Fjord in Q3 2026 changed from won to lost after Q3 2026 was paid"), status.toString());
        assertTrue(status.out().contains("Deal Skagen in Q3 2026 changed from won to lost after Q3 2026 was paid"), status.toString());
        assertTrue(status.out().contains("Total cash payout: -DKK 20,000.00"), status.toString());
        // AND each has its own audit entry
        InProcessCli.Run audit = cli.run("audit", "--person", "anna", "--period", "2026-Q4");
        assertEquals(2, audit.out().lines().filter(l -> l.contains(" clawback ")).count(), audit.toString());
    }

    @Test
    void with_a_tiered_plan_each_lost_deal_takes_its_share_in_deal_id_order_and_the_shares_sum_to_the_difference() {
        // GIVEN 5 % of a 100,000 target and 10 % above it: 250,000 won in Q3 paid 5,000 + 15,000 = 20,000.00 at the close
        InProcessCli cli = SmallCompany.in(tempDir, "").editing("plans.yaml", """
                    kind: performance
                    name: {en: Commission, da: Provision}
                    period: quarter
                    enrolment:
                      teams: [sales]
                    metric:
                      type: sum
                    flat_rate: 10%
                """, TIERED);
        assertEquals(ExitCodes.OK, cli.run("import", "deals", threeDeals("won.csv", "Closed won", "Closed won").toString()).exitCode());
        assertEquals(ExitCodes.OK, cli.run("close", "2026-Q3").exitCode());
        assertEquals(2_000_000L, ClosedPeriodFixture.count(cli.db(), "SELECT cash_cents FROM closed_plan_cash WHERE person_id = 'anna'"));

        // WHEN one import says Fjord and Skagen, of the same amount, were lost: Q3 would pay 2,500.00 now
        assertEquals(ExitCodes.OK, cli.run("import", "deals", threeDeals("lost.csv", "Closed lost", "Closed lost").toString()).exitCode());

        // THEN Fjord, first by deal id, takes 250,000 -> 150,000 (20,000 -> 10,000), Skagen 150,000 -> 50,000 (10,000 -> 2,500)
        List<JsonNode> a = list(adjustments(cli, "anna"));
        assertEquals(2, a.size(), a.toString());
        assertEquals("7001", a.get(0).get("change").get("deal_id").asText());
        assertEquals("-10000.00", a.get(0).get("amount").asText());
        assertEquals("7002", a.get(1).get("change").get("deal_id").asText());
        assertEquals("-7500.00", a.get(1).get("amount").asText());
        // AND together they are exactly the difference to what was paid
        assertEquals(250_000L - 2_000_000L, ClosedPeriodFixture.count(cli.db(), "SELECT SUM(amount_cents) FROM adjustments WHERE source_period = '2026-Q3'"));
    }
}
