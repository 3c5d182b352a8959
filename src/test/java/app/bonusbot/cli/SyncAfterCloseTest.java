package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.crm.hubspot.FakeHubSpot;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deals of a closed quarter that HubSpot changes afterwards: the sync turns them into clawbacks, never into a changed quarter. */
class SyncAfterCloseTest {

    @TempDir
    Path dir;

    @Test
    void a_deal_lost_and_a_deal_deleted_in_hubspot_after_the_close_are_clawed_back_in_the_next_quarter() throws Exception {
        try (FakeHubSpot hub = new FakeHubSpot()) {
            // GIVEN two deals Anna won in Q3, synced from HubSpot, and Q3 closed
            hub.owner("101", "anna.holm@nordlys.example", "Anna", "Holm");
            hub.deal("1001", "dealname", "Fjord", "amount", "300000", "closedate", "2026-08-10T00:00:00Z", "dealstage", "closedwon", "pipeline", "default",
                    "hubspot_owner_id", "101");
            hub.deal("1002", "dealname", "Skagen", "amount", "200000", "closedate", "2026-09-01T00:00:00Z", "dealstage", "closedwon", "pipeline", "default",
                    "hubspot_owner_id", "101");
            InProcessCli cli = InProcessCli.onCopyOfDemoConfig(dir).withoutDemoDeals();
            assertEquals(ExitCodes.OK, cli.run(hub.environment(), "sync").exitCode());
            assertEquals(ExitCodes.OK, cli.run("close", "2026-Q3").exitCode());
            String q3 = cli.run("status", "--person", "anna.holm", "--period", "2026-Q3", "--json").out();

            // WHEN HubSpot says Fjord was lost and Skagen is deleted, and the sync runs
            hub.deal("1001", "dealstage", "closedlost");
            hub.delete("1002");
            InProcessCli.Run sync = cli.run(hub.environment(), "sync");

            // THEN Q3 is as it was paid, and Q4 carries one clawback per changed plan line, each a negative amount
            assertEquals(ExitCodes.OK, sync.exitCode(), sync.toString());
            assertEquals(q3, cli.run("status", "--person", "anna.holm", "--period", "2026-Q3", "--json").out());
            InProcessCli.Run q4 = cli.run("status", "--person", "anna.holm", "--period", "2026-Q4", "--json");
            List<JsonNode> adjustments = new ArrayList<>();
            q4.json().get("adjustments").forEach(adjustments::add);
            assertTrue(!adjustments.isEmpty(), q4.out());
            for (JsonNode a : adjustments) {
                assertEquals("clawback", a.get("kind").asText(), a.toString());
                assertEquals("2026-Q4", a.get("period").asText(), a.toString());
                assertTrue(new BigDecimal(a.get("amount").asText()).signum() < 0, a.toString());
            }
            // AND the audit log has each deal's change from the sync
            String audit = cli.run("audit", "--period", "2026-Q3").out() + cli.run("audit").out();
            assertTrue(audit.contains("1001") && audit.contains("1002"), audit);
        }
    }

    @Test
    void two_deals_lost_in_one_sync_pass_are_a_clawback_line_each_that_sum_to_what_the_quarter_pays_less() throws Exception {
        try (FakeHubSpot hub = new FakeHubSpot()) {
            // GIVEN Fjord (300,000), Skagen (200,000) and Vejle (500,000), new business Anna won in Q3, and Q3 closed
            hub.owner("101", "anna.holm@nordlys.example", "Anna", "Holm");
            wonDeal(hub, "1001", "Fjord", "300000", "2026-08-10");
            wonDeal(hub, "1002", "Skagen", "200000", "2026-09-01");
            wonDeal(hub, "1003", "Vejle", "500000", "2026-09-15");
            InProcessCli cli = InProcessCli.onCopyOfDemoConfig(dir).withoutDemoDeals();
            assertEquals(ExitCodes.OK, cli.run(hub.environment(), "sync").exitCode());
            assertEquals(ExitCodes.OK, cli.run("close", "2026-Q3").exitCode());

            // WHEN HubSpot says Fjord and Skagen were lost, and one sync pass brings both
            hub.deal("1001", "dealstage", "closedlost");
            hub.deal("1002", "dealstage", "closedlost");
            assertEquals(ExitCodes.OK, cli.run(hub.environment(), "sync").exitCode());

            // THEN each plan that pays less has a clawback line per deal, in deal id order, each naming its deal
            InProcessCli.Run q4 = cli.run("status", "--person", "anna.holm", "--period", "2026-Q4", "--json");
            Map<String, List<JsonNode>> byPlan = new TreeMap<>();
            q4.json().get("adjustments").forEach(a -> byPlan.computeIfAbsent(a.get("plan").asText(), p -> new ArrayList<>()).add(a));
            assertTrue(byPlan.containsKey("quarterly-bonus") && byPlan.containsKey("win-rate-kicker"), q4.out());
            for (List<JsonNode> lines : byPlan.values()) {
                assertEquals(List.of("1001", "1002"), lines.stream().map(a -> a.get("change").get("deal_id").asText()).toList(), lines.toString());
                lines.forEach(a -> assertEquals("clawback", a.get("kind").asText(), a.toString()));
            }
            String text = cli.run("status", "--person", "anna.holm", "--period", "2026-Q4").out();
            assertTrue(text.contains("Deal Fjord in Q3 2026 changed from won to lost after Q3 2026 was paid"), text);
            assertTrue(text.contains("Deal Skagen in Q3 2026 changed from won to lost after Q3 2026 was paid"), text);
            // AND the lines of each plan add up to exactly what Q3 pays now less what it paid: Q3 worked out live again
            // after a reopen (which withdraws them) is the close's cash plus them, to the cent
            Map<String, BigDecimal> paidPlusLines = new TreeMap<>();
            byPlan.forEach((plan, lines) -> paidPlusLines.put(plan, lines.stream().map(a -> new BigDecimal(a.get("amount").asText()))
                    .reduce(BigDecimal.valueOf(ClosedPeriodFixture.count(cli.db(),
                            "SELECT cash_cents FROM closed_plan_cash WHERE person_id = 'anna.holm' AND plan_id = '" + plan + "'"), 2), BigDecimal::add)));
            assertEquals(ExitCodes.OK, cli.run("reopen", "2026-Q3", "--reason", "check the clawbacks").exitCode());
            Map<String, BigDecimal> live = new TreeMap<>();
            cli.run("status", "--person", "anna.holm", "--period", "2026-Q3", "--json").json().get("plans")
                    .forEach(p -> live.put(p.get("id").asText(), new BigDecimal(p.get("total").asText())));
            paidPlusLines.forEach((plan, sum) -> assertEquals(live.get(plan), sum, plan));
        }
    }

    private static void wonDeal(FakeHubSpot hub, String id, String name, String amount, String day) {
        hub.deal(id, "dealname", name, "amount", amount, "closedate", day + "T00:00:00Z", "dealstage", "closedwon", "pipeline", "default",
                "hubspot_owner_id", "101", "dealtype", "newbusiness");
    }
}
