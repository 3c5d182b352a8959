package app.bonusbot.chat.slack.transport;

import com.slack.api.app_backend.SlackSignature;
import ch.qos.logback.classic.Level;
import com.slack.api.bolt.App;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * Before HTTP mode serves anything, proves that Bolt's signature check is in effect on the path requests take: a
 * Slack {@code url_verification} request (harmless: Bolt answers it with its challenge and runs no handler) signed
 * with a wrong secret must be refused with 401, and the same signed with {@code SLACK_SIGNING_SECRET} must be
 * answered. An app built with verification switched off or with another secret would otherwise serve forged
 * requests, or refuse every genuine one.
 */
final class RequestVerificationProbe {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestVerificationProbe() {}

    static void check(App app, BoltHttpRequests requests, String signingSecret, Clock clock) {
        String challenge = randomHex();
        String body = "{\"token\":\"bonusbot-probe\",\"challenge\":\"" + challenge + "\",\"type\":\"url_verification\"}";
        String timestamp = Long.toString(clock.instant().getEpochSecond());

        Response forged = withoutBoltsRefusalLog(() -> run(app, requests, body, timestamp,
                new SlackSignature.Generator(randomHex()).generate(timestamp, body)));
        if (forged.getStatusCode() != 401) {
            throw new SlackStartException("HTTP mode refused to start: the Slack app does not check request signatures"
                    + " (a request signed with a wrong secret got HTTP " + forged.getStatusCode() + " instead of 401)."
                    + " Build the Bolt App with request verification on and the signing secret set.");
        }
        Response genuine = run(app, requests, body, timestamp, new SlackSignature.Generator(signingSecret).generate(timestamp, body));
        if (genuine.getStatusCode() != 200 || !challenge.equals(genuine.getBody())) {
            throw new SlackStartException("HTTP mode refused to start: the Slack app does not accept requests signed with"
                    + " SLACK_SIGNING_SECRET (HTTP " + genuine.getStatusCode() + "). The Bolt App must be built with that signing secret.");
        }
    }

    private static Response run(App app, BoltHttpRequests requests, String body, String timestamp, String signature) {
        Map<String, List<String>> headers = Map.of(
                SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, List.of(timestamp),
                SlackSignature.HeaderNames.X_SLACK_SIGNATURE, List.of(signature),
                "Content-Type", List.of("application/json"));
        Request<?> request = requests.parse(URI.create(SlackHttpServer.EVENTS_PATH), headers, body, "127.0.0.1");
        try {
            return app.run(request);
        } catch (Exception e) {
            throw new SlackStartException("HTTP mode refused to start: the Slack app failed on a signature check probe: " + e);
        }
    }

    /**
     * Bolt logs every refused signature at INFO ("Invalid signature detected"), which the Slack SDK's loggers let
     * through; the probe's deliberate one must not greet whoever reads the start-up. Nothing else runs meanwhile:
     * the server is not listening yet.
     */
    private static Response withoutBoltsRefusalLog(Supplier<Response> probe) {
        org.slf4j.Logger logger = LoggerFactory.getLogger(RequestVerification.class);
        if (!(logger instanceof ch.qos.logback.classic.Logger logback)) {
            return probe.get();
        }
        Level before = logback.getLevel();
        logback.setLevel(Level.WARN);
        try {
            return probe.get();
        } finally {
            logback.setLevel(before);
        }
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
