package app.bonusbot.crm.hubspot.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Which URL the signature covers, and when webhooks are on at all. */
class HubSpotWebhooksTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:41:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SECRET = "hubspot-client-secret-0123456789";
    private static final String BODY = "[{\"subscriptionType\":\"deal.creation\",\"objectId\":7}]";

    private static String v3(String uri, String timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(("POST" + uri + BODY + timestamp).getBytes(StandardCharsets.UTF_8)));
    }

    private static UnaryOperator<String> headers(Map<String, String> values) {
        return name -> values.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    @Test
    void without_the_client_secret_there_are_no_webhooks() {
        assertTrue(HubSpotWebhooks.fromEnvironment(Map.of("HUBSPOT_TOKEN", "pat-eu1-x"), CLOCK, () -> { }).isEmpty());
        assertTrue(HubSpotWebhooks.fromEnvironment(Map.of("HUBSPOT_CLIENT_SECRET", " "), CLOCK, () -> { }).isEmpty());
    }

    @Test
    void behind_a_proxy_the_configured_url_with_the_request_s_query_is_what_is_signed() throws Exception {
        // given HubSpot calls https://bonus.example.com/hooks/hubspot?portal=62515, which a proxy forwards as /hubspot/webhooks
        AtomicInteger passes = new AtomicInteger();
        HubSpotWebhooks webhooks = HubSpotWebhooks.fromEnvironment(Map.of("HUBSPOT_CLIENT_SECRET", SECRET, "HUBSPOT_WEBHOOK_URL",
                "https://bonus.example.com/hooks/hubspot"), CLOCK, passes::incrementAndGet).orElseThrow();
        String timestamp = Long.toString(NOW.toEpochMilli());
        String signature = v3("https://bonus.example.com/hooks/hubspot?portal=62515", timestamp);
        // when
        int status = webhooks.handle("POST", "/hubspot/webhooks?portal=62515", headers(Map.of("Host", "10.0.0.5:3000",
                "X-HubSpot-Signature-v3", signature, "X-HubSpot-Request-Timestamp", timestamp)), BODY.getBytes(StandardCharsets.UTF_8));
        // then
        assertEquals(204, status);
        assertEquals(1, passes.get());
    }

    @Test
    void percent_encoded_reserved_characters_are_signed_decoded() throws Exception {
        // given a request target with an encoded colon and at sign
        AtomicInteger passes = new AtomicInteger();
        HubSpotWebhooks webhooks = new HubSpotWebhooks(new HubSpotSignature(SECRET, CLOCK), null, passes::incrementAndGet);
        String timestamp = Long.toString(NOW.toEpochMilli());
        String signature = v3("https://bonus.example.com/hubspot/webhooks?from=a:b@c", timestamp);
        // when
        int status = webhooks.handle("POST", "/hubspot/webhooks?from=a%3Ab%40c", headers(Map.of("Host", "bonus.example.com",
                "X-HubSpot-Signature-v3", signature, "X-HubSpot-Request-Timestamp", timestamp)), BODY.getBytes(StandardCharsets.UTF_8));
        // then
        assertEquals(204, status);
        assertEquals(1, passes.get());
    }
}
