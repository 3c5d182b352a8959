package app.bonusbot.chat.slack.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.crm.hubspot.webhook.HubSpotSignature;
import app.bonusbot.crm.hubspot.webhook.HubSpotWebhooks;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HubSpot's webhooks on the bot's own HTTP listener, over real HTTP on loopback: signed as HubSpot signs (v3), checked
 * against a clock of the test's own, and a good deal event asks for exactly one sync pass. Slack's routes stay as they were.
 */
class HubSpotWebhooksOverHttpTest {

    private static final String CLIENT_SECRET = "hubspot-client-secret-0123456789";
    private static final Instant NOW = Instant.parse("2026-11-27T09:41:00Z");
    private static final String DEAL_CHANGED = "[{\"eventId\":1,\"subscriptionId\":12345,\"portalId\":62515,\"appId\":54321,"
            + "\"occurredAt\":1795772460000,\"subscriptionType\":\"deal.propertyChange\",\"attemptNumber\":0,\"objectId\":1001,"
            + "\"propertyName\":\"amount\",\"propertyValue\":\"120000\",\"changeSource\":\"CRM_UI\"}]";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger passesRequested = new AtomicInteger();
    private LoopbackWebApi webApi;
    private RecordingBonusApp bonus;
    private SlackHttpServer server;

    @BeforeEach
    void the_bot_listening_with_webhooks_on_a_random_port() throws IOException {
        webApi = new LoopbackWebApi();
        bonus = RecordingBonusApp.answeringInTheAck(webApi, RecordingBonusApp.config());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        HubSpotWebhooks webhooks = new HubSpotWebhooks(new HubSpotSignature(CLIENT_SECRET, clock), null, passesRequested::incrementAndGet);
        server = new SlackHttpServer(bonus.app(), RecordingBonusApp.SIGNING_SECRET, new InetSocketAddress("127.0.0.1", 0), Clock.systemUTC(), webhooks);
        server.start();
    }

    @AfterEach
    void stop_everything() {
        server.close();
        bonus.close();
        webApi.close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.port() + HubSpotWebhooks.PATH;
    }

    /** Base64 of HMAC SHA-256 over method + URI + body + timestamp, as HubSpot's v3 documentation says, computed here on its own. */
    private static String v3(String secret, String method, String uri, String body, String timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal((method + uri + body + timestamp).getBytes(StandardCharsets.UTF_8)));
    }

    /** As HubSpot sends it to an https URL ending at this listener: the proxy in front says the scheme it was called by. */
    private HttpResponse<String> post(String body, String signature, String timestamp) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url())).header("Content-Type", "application/json")
                .header("X-Forwarded-Proto", "http").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-HubSpot-Signature-v3", signature);
        }
        if (timestamp != null) {
            request.header("X-HubSpot-Request-Timestamp", timestamp);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_correctly_signed_deal_change_asks_for_one_pass_and_is_answered_at_once() throws Exception {
        // given
        String timestamp = Long.toString(NOW.toEpochMilli());
        // when
        HttpResponse<String> response = post(DEAL_CHANGED, v3(CLIENT_SECRET, "POST", url(), DEAL_CHANGED, timestamp), timestamp);
        // then
        assertEquals(204, response.statusCode(), response.body());
        assertEquals("", response.body());
        assertEquals(1, passesRequested.get());
    }

    @Test
    void a_signature_made_with_another_secret_is_refused_and_asks_for_nothing() throws Exception {
        // given
        String timestamp = Long.toString(NOW.toEpochMilli());
        // when
        HttpResponse<String> response = post(DEAL_CHANGED, v3("another-secret-0123456789abcdef", "POST", url(), DEAL_CHANGED, timestamp), timestamp);
        // then the answer says nothing of why
        assertEquals(List.of(401, ""), List.of(response.statusCode(), response.body()));
        assertEquals(0, passesRequested.get());
    }

    @Test
    void a_timestamp_older_than_5_minutes_is_refused_though_correctly_signed() throws Exception {
        // given signed 5 minutes and 1 millisecond before the listener's clock
        String stale = Long.toString(NOW.minus(HubSpotSignature.WINDOW).minusMillis(1).toEpochMilli());
        // when
        HttpResponse<String> response = post(DEAL_CHANGED, v3(CLIENT_SECRET, "POST", url(), DEAL_CHANGED, stale), stale);
        // then
        assertEquals(List.of(401, ""), List.of(response.statusCode(), response.body()));
        assertEquals(0, passesRequested.get());
    }

    @Test
    void a_body_altered_after_signing_is_refused() throws Exception {
        // given
        String timestamp = Long.toString(NOW.toEpochMilli());
        String signature = v3(CLIENT_SECRET, "POST", url(), DEAL_CHANGED, timestamp);
        // when
        HttpResponse<String> response = post(DEAL_CHANGED.replace("120000", "990000"), signature, timestamp);
        // then
        assertEquals(List.of(401, ""), List.of(response.statusCode(), response.body()));
        assertEquals(0, passesRequested.get());
    }

    @Test
    void a_request_missing_either_header_is_refused() throws Exception {
        // given
        String timestamp = Long.toString(NOW.toEpochMilli());
        String signature = v3(CLIENT_SECRET, "POST", url(), DEAL_CHANGED, timestamp);
        // when
        HttpResponse<String> noSignature = post(DEAL_CHANGED, null, timestamp);
        HttpResponse<String> noTimestamp = post(DEAL_CHANGED, signature, null);
        HttpResponse<String> neither = post(DEAL_CHANGED, null, null);
        // then
        assertEquals(List.of(401, 401, 401), List.of(noSignature.statusCode(), noTimestamp.statusCode(), neither.statusCode()));
        assertEquals(0, passesRequested.get());
    }

    @Test
    void a_signed_body_that_is_no_list_of_events_is_a_bad_request_and_asks_for_nothing() throws Exception {
        // given
        String timestamp = Long.toString(NOW.toEpochMilli());
        String body = "{\"subscriptionType\":\"deal.creation\"";
        // when
        HttpResponse<String> response = post(body, v3(CLIENT_SECRET, "POST", url(), body, timestamp), timestamp);
        // then
        assertEquals(List.of(400, ""), List.of(response.statusCode(), response.body()));
        assertEquals(0, passesRequested.get());
    }

    @Test
    void a_signed_batch_without_deal_events_is_accepted_but_asks_for_no_pass() throws Exception {
        // given a contact change, which no plan reads
        String timestamp = Long.toString(NOW.toEpochMilli());
        String body = DEAL_CHANGED.replace("deal.propertyChange", "contact.propertyChange");
        // when
        HttpResponse<String> response = post(body, v3(CLIENT_SECRET, "POST", url(), body, timestamp), timestamp);
        // then
        assertEquals(204, response.statusCode());
        assertEquals(0, passesRequested.get());
    }

    @Test
    void another_method_than_post_is_405() throws Exception {
        // when
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url())).GET().build(), HttpResponse.BodyHandlers.ofString());
        // then
        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
        assertEquals(0, passesRequested.get());
    }

    @Test
    void slack_s_routes_still_work_beside_the_webhooks() throws Exception {
        // when
        HttpResponse<String> command = http.send(SignedRequest.form(SlackHttpServerTest.SLASH_COMMAND, RecordingBonusApp.SIGNING_SECRET, Instant.now())
                .to(URI.create("http://127.0.0.1:" + server.port() + SlackHttpServer.EVENTS_PATH)), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + SlackHttpServer.HEALTH_PATH))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        // then
        assertEquals(200, command.statusCode(), command.body());
        assertEquals("{\"text\":\"Bonus status for U0ANNA\"}", command.body());
        assertEquals(200, health.statusCode());
        assertEquals(0, passesRequested.get());
    }
}
