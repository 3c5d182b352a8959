package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.crm.hubspot.FakeHubSpot;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
