package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.crm.hubspot.FakeHubSpot;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bonusbot sync} and {@code bonusbot sync status} against a loopback HubSpot. */
class SyncCommandTest {

    @TempDir
    Path dir;

    @Test
    void sync_prints_what_changed_and_sync_status_shows_cursor_success_error_and_headroom() throws Exception {
        try (FakeHubSpot hub = new FakeHubSpot()) {
            // GIVEN a HubSpot with two won deals and an empty database
            hub.owner("101", "anna.holm@nordlys.example", "Anna", "Holm");
            hub.deal("1001", "amount", "1000", "closedate", "2026-11-10T00:00:00Z", "dealstage", "closedwon", "pipeline", "default", "hubspot_owner_id", "101");
            hub.deal("1002", "amount", "2000", "closedate", "2026-11-11T00:00:00Z", "dealstage", "closedwon", "pipeline", "default", "hubspot_owner_id", "101");
            // AND one in euros, for which settings.yaml has no rate
            hub.deal("1003", "amount", "500", "closedate", "2026-11-12T00:00:00Z", "dealstage", "closedwon", "pipeline", "default", "hubspot_owner_id", "101",
                    "deal_currency_code", "EUR");
            InProcessCli cli = InProcessCli.onCopyOfDemoConfig(dir).withoutDemoDeals();

            // WHEN synced once, then in full again
            InProcessCli.Run first = cli.run(hub.environment(), "sync");
            InProcessCli.Run full = cli.run(hub.environment(), "sync", "--full");
            InProcessCli.Run status = cli.run(hub.environment(), "sync", "status");

            // THEN the first pass says what it inserted, the full one that nothing changed, and status where it stands
            assertEquals(ExitCodes.OK, first.exitCode(), first.toString());
            assertTrue(first.out().contains("HubSpot portal 4711"), first.out());
            assertTrue(first.out().contains("HubSpot sync (full): 3 inserted, 0 updated, 0 removed, 1 held back"), first.out());
            assertTrue(first.out().contains("  held back: 1 × no exchange rate for EUR on 2026-11-12 in settings.yaml"), first.out());
            assertTrue(full.out().contains("HubSpot sync (full): 0 inserted, 0 updated, 0 removed, 1 held back"), full.out());
            assertEquals(ExitCodes.OK, status.exitCode(), status.toString());
            assertTrue(status.out().contains("HubSpot sync of portal 4711"), status.out());
            assertTrue(status.out().contains("cursor:        changes after "), status.out());
            assertTrue(status.out().contains("last error:    none"), status.out());
            assertTrue(status.out().contains("of 250,000 requests left today"), status.out());
            assertTrue(status.out().contains("held back:     1 deal in EUR is held back: no exchange rate for EUR on 2026-11-12 in settings.yaml"),
                    status.out());
            assertFalse((first.out() + first.err() + status.out()).contains(FakeHubSpot.TOKEN), "the token is never printed");
        }
    }

    @Test
    void sync_without_hubspot_token_says_where_the_token_goes() {
        // WHEN sync runs without HUBSPOT_TOKEN
        InProcessCli.Run run = InProcessCli.onDemoConfig(dir).run(Map.of(), "sync");
        // THEN it is a configuration error in words
        assertEquals(ExitCodes.INVALID_CONFIG, run.exitCode(), run.toString());
        assertTrue(run.err().contains("error: HUBSPOT_TOKEN is not set"), run.err());
    }

    @Test
    void a_hubspot_that_cannot_be_reached_fails_the_pass_with_its_exit_code_and_sync_status_says_since_when() throws Exception {
        // GIVEN HUBSPOT_API_URL pointing at a port nobody listens on
        InProcessCli cli = InProcessCli.onCopyOfDemoConfig(dir).withoutDemoDeals();
        Map<String, String> env = new java.util.HashMap<>();
        try (FakeHubSpot gone = new FakeHubSpot()) {
            env.putAll(gone.environment());
        }
        env.put("HUBSPOT_BACKOFF_MS", "5");
        // WHEN a pass runs
        InProcessCli.Run run = cli.run(env, "sync");
        InProcessCli.Run status = cli.run(env, "sync", "status");
        // THEN it failed in words, and status shows the error with since when
        assertEquals(ExitCodes.SYNC_FAILED, run.exitCode(), run.toString());
        assertTrue(run.out().contains("failed: HubSpot cannot be reached at http://127.0.0.1:"), run.out());
        assertTrue(status.out().contains("(failing since "), status.out());
        assertTrue(status.out().contains("last success:  never"), status.out());
    }
}
