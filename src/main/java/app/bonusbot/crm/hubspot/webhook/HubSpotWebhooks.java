package app.bonusbot.crm.hubspot.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /hubspot/webhooks}: HubSpot's deal change events (a JSON array of {@code deal.creation},
 * {@code deal.propertyChange}, {@code deal.deletion}, {@code deal.merge}, ... events). A correctly signed batch with a
 * deal event asks for an immediate incremental pass and is answered 204 at once; the pass itself runs where the sync
 * runs, and reads what changed from HubSpot, not from the event. Anything else is refused without a word of why
 * (401 unsigned, forged or stale; 400 not a list of events; 405 another method), and asks for nothing.
 */
public final class HubSpotWebhooks {

    public static final String PATH = "/hubspot/webhooks";
    /** The app's client secret (HubSpot app → Auth); without it no webhook is accepted. */
    public static final String SECRET_ENV = "HUBSPOT_CLIENT_SECRET";
    /**
     * The webhook URL exactly as entered in the HubSpot app, when the bot cannot tell it from the request (a proxy that
     * rewrites the host or the path). Otherwise it is https:// (or X-Forwarded-Proto), the Host header and the path.
     */
    public static final String URL_ENV = "HUBSPOT_WEBHOOK_URL";

    private static final Logger LOG = LoggerFactory.getLogger(HubSpotWebhooks.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Percent-encoded characters HubSpot signs decoded. */
    private static final Map<String, String> RESERVED = Map.ofEntries(Map.entry("%3A", ":"), Map.entry("%2F", "/"), Map.entry("%3F", "?"),
            Map.entry("%40", "@"), Map.entry("%21", "!"), Map.entry("%24", "$"), Map.entry("%27", "'"), Map.entry("%28", "("), Map.entry("%29", ")"),
            Map.entry("%2A", "*"), Map.entry("%2C", ","), Map.entry("%3B", ";"));

    private final HubSpotSignature signature;
    private final String configuredUrl;
    private final Runnable requestPass;

    /**
     * @param configuredUrl the URL HubSpot signs, or null to take it from each request
     * @param requestPass asks the sync for an incremental pass now; must return at once (the pass runs elsewhere)
     */
    public HubSpotWebhooks(HubSpotSignature signature, String configuredUrl, Runnable requestPass) {
        this.signature = signature;
        this.configuredUrl = configuredUrl == null || configuredUrl.isBlank() ? null : configuredUrl.strip();
        this.requestPass = requestPass;
    }

    /** Webhooks as the environment sets them up; empty without {@value #SECRET_ENV}. The secret is never logged. */
    public static Optional<HubSpotWebhooks> fromEnvironment(Map<String, String> environment, Clock clock, Runnable requestPass) {
        String secret = environment.get(SECRET_ENV);
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new HubSpotWebhooks(new HubSpotSignature(secret.strip(), clock), environment.get(URL_ENV), requestPass));
    }

    /**
     * @param target the request target as received (path and query)
     * @param header a header's first value by name (any case), or null
     * @return the HTTP status to answer with, bodiless
     */
    public int handle(String method, String target, UnaryOperator<String> header, byte[] body) {
        if (!"POST".equals(method)) {
            return 405;
        }
        HubSpotSignature.Verdict verdict = signature.verify(method, signedUrl(target, header), body, header.apply(HubSpotSignature.SIGNATURE_HEADER),
                header.apply(HubSpotSignature.TIMESTAMP_HEADER));
        if (verdict != HubSpotSignature.Verdict.VALID) {
            LOG.warn("HubSpot webhook refused: {}", verdict.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            return 401;
        }
        JsonNode events;
        try {
            events = JSON.readTree(body);
        } catch (IOException e) {
            return 400;
        }
        if (events == null || !events.isArray()) {
            return 400;
        }
        if (hasDealEvent(events)) {
            requestPass.run();
        }
        return 204;
    }

    /** "deal.propertyChange" and the like; newer apps name the object by its type id, 0-3 for deals. */
    private static boolean hasDealEvent(JsonNode events) {
        for (JsonNode event : events) {
            String type = event.path("subscriptionType").asText("");
            if (type.toLowerCase(Locale.ROOT).startsWith("deal.") || "0-3".equals(event.path("objectTypeId").asText(""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The URL HubSpot signed: the configured one with the request's query, or scheme + Host + target. Characters HubSpot
     * leaves decoded in the URI it signs (: / ? @ ! $ ' ( ) * , ;) are decoded here too.
     */
    private String signedUrl(String target, UnaryOperator<String> header) {
        String url;
        if (configuredUrl != null) {
            int query = target.indexOf('?');
            url = query < 0 || configuredUrl.contains("?") ? configuredUrl : configuredUrl + target.substring(query);
        } else {
            String proto = header.apply("X-Forwarded-Proto");
            String host = header.apply("Host");
            url = (proto == null || proto.isBlank() ? "https" : proto.strip()) + "://" + (host == null ? "" : host.strip()) + target;
        }
        return decodeReserved(url);
    }

    static String decodeReserved(String url) {
        if (url.indexOf('%') < 0) {
            return url;
        }
        StringBuilder decoded = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '%' && i + 3 <= url.length()) {
                String plain = RESERVED.get(url.substring(i, i + 3).toUpperCase(Locale.ROOT));
                if (plain != null) {
                    decoded.append(plain);
                    i += 2;
                    continue;
                }
            }
            decoded.append(url.charAt(i));
        }
        return decoded.toString();
    }
}
