package app.bonusbot.crm.hubspot.webhook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HubSpot's v3 request signature: {@code X-HubSpot-Signature-v3} is the base64 of an HMAC SHA-256, keyed with the
 * app's client secret, over the UTF-8 of method + URI + body + {@code X-HubSpot-Request-Timestamp} (milliseconds since
 * the epoch). A timestamp more than 5 minutes old (or as far ahead) is refused, so a captured request cannot be
 * replayed later; the comparison takes the same time wherever the signatures differ.
 */
public final class HubSpotSignature {

    public static final String SIGNATURE_HEADER = "X-HubSpot-Signature-v3";
    public static final String TIMESTAMP_HEADER = "X-HubSpot-Request-Timestamp";
    /** HubSpot's own advice: reject timestamps older than 5 minutes. */
    public static final Duration WINDOW = Duration.ofMinutes(5);

    private final SecretKeySpec key;
    private final Clock clock;

    /** Why a request is refused; the answer says none of it, the log only the kind. */
    public enum Verdict {
        VALID,
        MISSING_HEADERS,
        STALE,
        BAD_SIGNATURE
    }

    public HubSpotSignature(String clientSecret, Clock clock) {
        if (clientSecret == null || clientSecret.isBlank()) {
            throw new IllegalArgumentException("the HubSpot client secret is empty");
        }
        this.key = new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    /**
     * @param uri the URL HubSpot called, as configured in the HubSpot app (https://host/hubspot/webhooks?...)
     * @param body the raw bytes, exactly as received
     */
    public Verdict verify(String method, String uri, byte[] body, String signature, String timestamp) {
        if (signature == null || signature.isBlank() || timestamp == null || timestamp.isBlank()) {
            return Verdict.MISSING_HEADERS;
        }
        long millis;
        try {
            millis = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return Verdict.STALE;
        }
        Duration age = Duration.between(Instant.ofEpochMilli(millis), clock.instant()).abs();
        if (age.compareTo(WINDOW) > 0) {
            return Verdict.STALE;
        }
        byte[] expected = Base64.getEncoder().encode(hmac(method, uri, body, timestamp.strip()));
        byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
    }

    private byte[] hmac(String method, String uri, byte[] body, String timestamp) {
        ByteArrayOutputStream source = new ByteArrayOutputStream(body.length + 256);
        source.writeBytes((method + uri).getBytes(StandardCharsets.UTF_8));
        source.writeBytes(body);
        source.writeBytes(timestamp.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(source.toByteArray());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
