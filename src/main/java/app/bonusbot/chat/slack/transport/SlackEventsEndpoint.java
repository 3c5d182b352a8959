package app.bonusbot.chat.slack.transport;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: slash commands, Events API and interactivity. Bolt checks the signature and the
 * 5-minute timestamp window ({@code RequestVerification}, 401); this adds the replay guard in front of it. Bodies are
 * never logged: a slash command body carries Slack's verification token.
 */
final class SlackEventsEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsEndpoint.class);

    private final App app;
    private final BoltHttpRequests requests;
    private final ReplayGuard replays;

    SlackEventsEndpoint(App app, BoltHttpRequests requests, ReplayGuard replays) {
        this.app = app;
        this.requests = requests;
        this.replays = replays;
    }

    /** Runs on the pool that does Bolt's work; the request was read completely before. */
    HttpAnswer handle(IncomingRequest incoming) {
        if (!"POST".equals(incoming.method())) {
            return HttpAnswer.plain(405, "Slack posts to this URL; " + incoming.method() + " is not allowed\n").withHeader("Allow", "POST");
        }
        String body = new String(incoming.body(), StandardCharsets.UTF_8);
        Request<?> request;
        try {
            request = requests.parse(incoming.uri(), incoming.headers(), body, incoming.remoteAddress());
        } catch (RuntimeException malformed) {
            LOG.info("Unreadable Slack request refused: {}", malformed.toString());
            return HttpAnswer.plain(400, "Not a Slack request\n");
        }
        if (request == null) {
            return HttpAnswer.plain(400, "Not a Slack request\n");
        }
        String signature = incoming.header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
        if (signature != null && !replays.claim(signature, incoming.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP))) {
            LOG.warn("Replayed Slack request refused: its signature was already accepted within the last 5 minutes");
            return answer(Response.json(401, Map.of("error", "replayed request")));
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            LOG.error("The Slack app failed on a {} request", request.getRequestType(), e);
            return answer(Response.json(500, Map.of("error", "internal error")));
        }
        if (signature != null && response.getStatusCode() == 401) {
            // Bolt refused it (bad signature, stale timestamp): it was never accepted, so it must not block the real one.
            replays.release(signature);
        }
        return answer(response);
    }

    private static HttpAnswer answer(Response response) {
        Map<String, List<String>> headers = new HashMap<>(response.getHeaders());
        headers.keySet().removeIf("Content-Type"::equalsIgnoreCase);
        String contentType = response.getContentType() == null ? "text/plain" : response.getContentType();
        // The body is written as UTF-8 below; say so, or Slack may read a Danish reply in another charset.
        headers.put("Content-Type", List.of(contentType.toLowerCase(Locale.ROOT).contains("charset") ? contentType : contentType + "; charset=utf-8"));
        byte[] bytes = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        return new HttpAnswer(response.getStatusCode(), headers, bytes);
    }
}
