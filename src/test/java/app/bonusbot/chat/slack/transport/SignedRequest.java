package app.bonusbot.chat.slack.transport;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A request as Slack sends it: {@code X-Slack-Signature: v0=hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" +
 * body))}. Computed here independently of Bolt, so the tests check Bolt's verification against Slack's
 * documented scheme rather than against itself.
 */
public record SignedRequest(String body, String contentType, long timestamp, String signature, Integer retryNum) {

    public static SignedRequest form(String body, String secret, Instant at) {
        return signed(body, "application/x-www-form-urlencoded", secret, at);
    }

    public static SignedRequest json(String body, String secret, Instant at) {
        return signed(body, "application/json", secret, at);
    }

    private static SignedRequest signed(String body, String contentType, String secret, Instant at) {
        long timestamp = at.getEpochSecond();
        return new SignedRequest(body, contentType, timestamp, signature(secret, timestamp, body), null);
    }

    public SignedRequest withBody(String otherBody) {
        return new SignedRequest(otherBody, contentType, timestamp, signature, retryNum);
    }

    public SignedRequest asRetry(int number) {
        return new SignedRequest(body, contentType, timestamp, signature, number);
    }

    public HttpRequest to(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (retryNum != null) {
            builder.header("X-Slack-Retry-Num", retryNum.toString()).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return builder.build();
    }

    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
