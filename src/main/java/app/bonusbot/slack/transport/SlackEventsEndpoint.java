package app.bonusbot.slack.transport;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
    private final int maxBodyBytes;

    SlackEventsEndpoint(App app, BoltHttpRequests requests, ReplayGuard replays, int maxBodyBytes) {
        this.app = app;
        this.requests = requests;
        this.replays = replays;
        this.maxBodyBytes = maxBodyBytes;
    }

    void handle(HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            PlainResponse.send(exchange, 405, "Slack posts to this URL; " + exchange.getRequestMethod() + " is not allowed\n");
            return;
        }
        byte[] bytes = readBody(exchange);
        if (bytes == null) {
            PlainResponse.send(exchange, 413, "The request body is larger than " + maxBodyBytes + " bytes\n");
            return;
        }
        String body = new String(bytes, StandardCharsets.UTF_8);
        Headers headers = exchange.getRequestHeaders();
        Request<?> request;
        try {
            request = requests.parse(exchange.getRequestURI(), headers, body, exchange.getRemoteAddress().getAddress().getHostAddress());
        } catch (RuntimeException malformed) {
            LOG.info("Unreadable Slack request refused: {}", malformed.toString());
            PlainResponse.send(exchange, 400, "Not a Slack request\n");
            return;
        }
        if (request == null) {
            PlainResponse.send(exchange, 400, "Not a Slack request\n");
            return;
        }
        String signature = headers.getFirst(SlackSignature.HeaderNames.X_SLACK_SIGNATURE);
        if (signature != null && !replays.claim(signature, headers.getFirst(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP))) {
            LOG.warn("Replayed Slack request refused: its signature was already accepted within the last 5 minutes");
            send(exchange, Response.json(401, Map.of("error", "replayed request")));
            return;
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            LOG.error("The Slack app failed on a {} request", request.getRequestType(), e);
            send(exchange, Response.json(500, Map.of("error", "internal error")));
            return;
        }
        if (signature != null && response.getStatusCode() == 401) {
            // Bolt refused it (bad signature, stale timestamp): it was never accepted, so it must not block the real one.
            replays.release(signature);
        }
        send(exchange, response);
    }

    /**
     * The body, or null when it exceeds the limit. An oversized body is read on and discarded up to a few times the
     * limit, so that the client, still sending, gets to read the 413; past that the connection is simply closed.
     */
    private byte[] readBody(HttpExchange exchange) throws IOException {
        long drainLimit = 8L * maxBodyBytes;
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.trim().matches("\\d{1,18}") && Long.parseLong(declared.trim()) > drainLimit) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total <= maxBodyBytes) {
                    out.write(buffer, 0, n);
                } else if (total > drainLimit) {
                    return null;
                }
            }
        }
        return total > maxBodyBytes ? null : out.toByteArray();
    }

    private static void send(HttpExchange exchange, Response response) throws IOException {
        Headers out = exchange.getResponseHeaders();
        for (Map.Entry<String, List<String>> header : response.getHeaders().entrySet()) {
            for (String value : header.getValue()) {
                out.add(header.getKey(), value);
            }
        }
        String contentType = response.getContentType() == null ? "text/plain" : response.getContentType();
        // The body is written as UTF-8 below; say so, or Slack may read a Danish reply in another charset.
        out.set("Content-Type", contentType.toLowerCase(Locale.ROOT).contains("charset") ? contentType : contentType + "; charset=utf-8");
        byte[] bytes = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.getStatusCode(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(bytes);
            }
        }
    }
}
