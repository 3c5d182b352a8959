package app.bonusbot.crm.hubspot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import app.bonusbot.bot.BotProcess;
import app.bonusbot.bot.ManualClock;
import app.bonusbot.bot.Scheduler;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot process syncing in the background: a change made in HubSpot shows in /bonus status at the next poll. */
class HubSpotFreshnessTest {

    @TempDir
    Path dir;

    @Test
    void a_change_made_in_hubspot_shows_in_bonus_status_within_one_poll_interval() throws Exception {
        try (FakeHubSpot hub = new FakeHubSpot()) {
            // GIVEN a bot polling HubSpot every second, and Anna's won deal of 100,000 there
            hub.owner("101", "anna.holm@nordlys.example", "Anna", "Holm");
            hub.deal("1001", "dealname", "Fjord AS", "amount", "100000", "closedate", "2026-11-10T00:00:00Z", "dealstage", "closedwon",
                    "pipeline", "default", "hubspot_owner_id", "101", "dealtype", "newbusiness");
            Path config = DemoCompany.configCopy(dir);
            DemoCompany.replace(config.resolve("settings.yaml"), "poll_interval: 30s", "poll_interval: 1s");
            ManualClock clock = new ManualClock(ZonedDateTime.of(2026, 11, 27, 9, 41, 0, 0, ZoneId.of("Europe/Copenhagen")));
            List<String> said = new CopyOnWriteArrayList<>();
            try (Application app = Application.open(config, dir.resolve("bonusbot.db"), zone -> clock.withZone(zone))) {
                BotProcess process = new BotProcess(app);
                try (BackgroundSync sync = process.syncFromHubSpot(hub.environment(), said::add).orElseThrow();
                        Scheduler scheduler = new Scheduler(clock, List.of(sync))) {
                    scheduler.start();
                    awaitStatus(process, "CRM data as of ", Duration.ofSeconds(10));
                    assertTrue(status(process).contains("DKK 100,000.00 of DKK 750,000.00"), status(process));
                    assertTrue(said.get(0).startsWith("HubSpot portal 4711"), said.toString());

                    // WHEN the amount changes in HubSpot and one poll interval passes
                    hub.deal("1001", "amount", "300000");
                    clock.advance(Duration.ofSeconds(1));

                    // THEN the next answer has it (waiting at most the interval and the pass itself)
                    awaitStatus(process, "DKK 300,000.00 of DKK 750,000.00", Duration.ofSeconds(3));
                }
            }
        }
    }

    private static String status(BotProcess process) {
        return process.commands().handle("anna.holm", "status").blocks().toString();
    }

    private static void awaitStatus(BotProcess process, String text, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!status(process).contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' in /bonus status within " + atMost.toMillis() + " ms: " + status(process));
            }
            Thread.sleep(20);
        }
    }
}
