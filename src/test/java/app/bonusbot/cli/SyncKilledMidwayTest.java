package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.crm.hubspot.FakeHubSpot;
import app.bonusbot.store.Database;
import app.bonusbot.store.DealLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bonusbot sync} killed (SIGKILL, no shutdown hook runs) while it waits for a page of deals: the pages before
 * it are committed with their cursor, and the next {@code bonusbot sync} reads on from there, losing and doubling
 * nothing.
 */
class SyncKilledMidwayTest {

    @TempDir
    Path dir;

    @Test
    void a_sync_process_killed_between_pages_is_resumed_by_the_next_from_the_stored_cursor() throws Exception {
        try (FakeHubSpot hub = new FakeHubSpot()) {
            // GIVEN 250 won deals in HubSpot, three pages of the deals list, and the third page never answered
            hub.owner("101", "anna.holm@nordlys.example", "Anna", "Holm");
            for (int i = 0; i < 250; i++) {
                hub.deal(Integer.toString(5000 + i), "dealname", "Deal " + i, "amount", "100", "closedate", "2026-11-10T00:00:00Z",
                        "dealstage", "closedwon", "pipeline", "default", "hubspot_owner_id", "101");
            }
            InProcessCli cli = InProcessCli.onCopyOfDemoConfig(dir).withoutDemoDeals();
            hub.stallOn("after=200");

            // WHEN a sync runs in a process of its own and is killed while it waits for the third page
            Process sync = syncProcess(cli, hub);
            awaitRequest(hub, "after=200", sync);
            sync.destroyForcibly();
            assertTrue(sync.waitFor(30, TimeUnit.SECONDS));
            long committed = dealsIn(cli.db());
            hub.release();

            // AND the next sync runs
            InProcessCli.Run resumed = cli.run(hub.environment(), "sync");

            // THEN the killed one had committed its two pages, and the next read on from its cursor: every deal once
            assertEquals(200, committed, "two pages of 100 were committed before the kill");
            assertEquals(ExitCodes.OK, resumed.exitCode(), resumed.toString());
            assertTrue(resumed.out().contains("50 inserted, 0 updated, 0 removed"), resumed.out());
            assertEquals(250, dealsIn(cli.db()));
            assertEquals(1, listRequests(hub).stream().filter(r -> !r.contains("after=")).count(), "the first page is read once: " + hub.requests());
            assertEquals(1, listRequests(hub).stream().filter(r -> r.contains("after=100")).count(), "the second page is read once: " + hub.requests());
            try (Database db = Database.open(cli.db())) {
                DealLedger ledger = new DealLedger(db);
                for (int i = 0; i < 250; i++) {
                    assertEquals(1, ledger.version(Integer.toString(5000 + i)).orElseThrow(), "deal " + (5000 + i) + " was written once");
                }
            }
        }
    }

    private Process syncProcess(InProcessCli cli, FakeHubSpot hub) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "app.bonusbot.Main", "sync",
                "--config", cli.config().toString(), "--db", cli.db().toString(), "--today", InProcessCli.TODAY)
                .redirectOutput(dir.resolve("sync.out").toFile())
                .redirectError(dir.resolve("sync.err").toFile());
        builder.environment().putAll(hub.environment());
        return builder.start();
    }

    private void awaitRequest(FakeHubSpot hub, String text, Process sync) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (hub.requests().stream().noneMatch(r -> r.contains(text))) {
            if (!sync.isAlive()) {
                throw new AssertionError("the sync ended before asking for '" + text + "': " + Files.readString(dir.resolve("sync.err"))
                        + Files.readString(dir.resolve("sync.out")));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no request with '" + text + "' within 60 s: " + hub.requests());
            }
            Thread.sleep(20);
        }
    }

    private static List<String> listRequests(FakeHubSpot hub) {
        List<String> list = new ArrayList<>();
        for (String r : hub.requests()) {
            if (r.startsWith("GET /crm/v3/objects/deals?") && r.contains("archived=false")) {
                list.add(r);
            }
        }
        return list;
    }

    private static long dealsIn(Path db) {
        try (Database database = Database.open(db)) {
            return new DealLedger(database).count();
        }
    }
}
