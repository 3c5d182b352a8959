package app.bonusbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.chat.slack.transport.LoopbackWebApi;
import app.bonusbot.crm.hubspot.FakeHubSpot;
import app.bonusbot.store.Database;
import app.bonusbot.store.DealLedger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The bot as started from the command line in HTTP mode with HUBSPOT_TOKEN and HUBSPOT_CLIENT_SECRET: a signed
 * webhook from HubSpot brings the running sync's next pass forward, so a change reaches the ledger long before the
 * next poll.
 */
class HubSpotWebhookStartupTest {

    private static final String SLACK_BOT_TOKEN = "xoxb-valid-0000000000-1111111111111-bonusbot";
    private static final String SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String CLIENT_SECRET = "hubspot-client-secret-0123456789";

    @TempDir
    Path dir;

    @Test
    void a_signed_webhook_makes_the_running_bot_sync_the_change_at_once_not_at_the_next_poll() throws Exception {
        try (FakeHubSpot hub = new FakeHubSpot(); LoopbackWebApi slack = new LoopbackWebApi()) {
            // GIVEN Anna's won deal of 100,000 in HubSpot and the bot in HTTP mode polling only once an hour
            hub.owner("101", "anna.holm@nordlys.example", "Anna", "Holm");
            hub.deal("1001", "dealname", "Fjord AS", "amount", "100000", "closedate", "2026-11-10T00:00:00Z", "dealstage", "closedwon",
                    "pipeline", "default", "hubspot_owner_id", "101", "dealtype", "newbusiness");
            Path config = DemoCompany.configCopy(dir);
            DemoCompany.replace(config.resolve("settings.yaml"), "poll_interval: 30s", "poll_interval: 60m");
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            Map<String, String> env = new HashMap<>(hub.environment());
            env.putAll(Map.of("SLACK_BOT_TOKEN", SLACK_BOT_TOKEN, "SLACK_SIGNING_SECRET", SLACK_SECRET, "SLACK_API_URL", slack.methodsPrefix(),
                    "HUBSPOT_CLIENT_SECRET", CLIENT_SECRET));
            Path db = dir.resolve("bonusbot.db");
            CountDownLatch stopNow = new CountDownLatch(1);
            StringWriter err = new StringWriter();
            CompletableFuture<InProcessCli.Run> running = CompletableFuture.supplyAsync(() -> bonusbot(env, config, db, stopNow, err, port));
            try {
                InProcessCli.awaitText(err, "Ready:", running);
                awaitAmount(db, "1001", "100000.00");

                // WHEN the amount changes in HubSpot and HubSpot posts its signed webhook
                hub.deal("1001", "amount", "300000");
                String body = "[{\"eventId\":1,\"subscriptionId\":12345,\"portalId\":4711,\"appId\":54321,\"occurredAt\":"
                        + Instant.now().toEpochMilli() + ",\"subscriptionType\":\"deal.propertyChange\",\"attemptNumber\":0,\"objectId\":1001,"
                        + "\"propertyName\":\"amount\",\"propertyValue\":\"300000\",\"changeSource\":\"CRM_UI\"}]";
                HttpResponse<String> response = webhook(port, body);

                // THEN HubSpot is answered at once, and the change is in the ledger without waiting for the hourly poll
                assertEquals(204, response.statusCode(), response.body());
                awaitAmount(db, "1001", "300000.00");
            } finally {
                stopNow.countDown();
            }
            InProcessCli.Run run = running.get(30, TimeUnit.SECONDS);
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            assertFalse(run.err().contains(CLIENT_SECRET) || run.err().contains(FakeHubSpot.TOKEN), "never prints a secret");
        }
    }

    @Test
    void a_client_secret_without_a_hubspot_token_says_that_no_webhook_is_received() throws Exception {
        try (LoopbackWebApi slack = new LoopbackWebApi()) {
            // GIVEN the webhook secret but no HubSpot token
            int port;
            try (ServerSocket probe = new ServerSocket(0)) {
                port = probe.getLocalPort();
            }
            Map<String, String> env = Map.of("SLACK_BOT_TOKEN", SLACK_BOT_TOKEN, "SLACK_SIGNING_SECRET", SLACK_SECRET, "SLACK_API_URL",
                    slack.methodsPrefix(), "HUBSPOT_CLIENT_SECRET", CLIENT_SECRET);
            CountDownLatch stopNow = new CountDownLatch(1);
            StringWriter err = new StringWriter();
            // WHEN the bot starts
            CompletableFuture<InProcessCli.Run> running = CompletableFuture.supplyAsync(
                    () -> bonusbot(env, InProcessCli.DEMO_CONFIG, dir.resolve("bonusbot.db"), stopNow, err, port));
            try {
                InProcessCli.awaitText(err, "Ready:", running);
                // THEN it says so, and a webhook is not served
                assertTrue(err.toString().contains("HUBSPOT_CLIENT_SECRET is set but no sync runs"), err.toString());
                HttpResponse<String> response = webhook(port, "[]");
                assertEquals(404, response.statusCode(), response.body());
            } finally {
                stopNow.countDown();
            }
            assertEquals(ExitCodes.OK, running.get(30, TimeUnit.SECONDS).exitCode());
        }
    }

    private static InProcessCli.Run bonusbot(Map<String, String> env, Path config, Path db, CountDownLatch stopNow, StringWriter err, int port) {
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.commandLine(new BonusbotCommand(env, stop -> {
            stopNow.await();
            stop.run();
        }));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        List<String> args = new ArrayList<>(List.of("--http", Integer.toString(port), "--config", config.toString(), "--db", db.toString(),
                "--today", InProcessCli.TODAY));
        int exitCode = cli.execute(args.toArray(String[]::new));
        return new InProcessCli.Run(exitCode, out.toString(), err.toString());
    }

    /** Signed as HubSpot signs v3: base64 of HMAC SHA-256 over method + URI + body + timestamp. */
    private static HttpResponse<String> webhook(int port, String body) throws Exception {
        String uri = "http://127.0.0.1:" + port + "/hubspot/webhooks";
        String timestamp = Long.toString(Instant.now().toEpochMilli());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(("POST" + uri + body + timestamp).getBytes(StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).header("Content-Type", "application/json")
                .header("X-Forwarded-Proto", "http")
                .header("X-HubSpot-Signature-v3", signature)
                .header("X-HubSpot-Request-Timestamp", timestamp)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitAmount(Path db, String dealId, String amount) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Optional<BigDecimal> seen = Optional.empty();
        while (System.nanoTime() < deadline) {
            try (Database database = Database.open(db)) {
                seen = new DealLedger(database).find(dealId).map(d -> d.deal().amount());
            }
            if (seen.isPresent() && seen.get().compareTo(new BigDecimal(amount)) == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("deal " + dealId + " is not at " + amount + " within 10 s: " + seen);
    }
}
