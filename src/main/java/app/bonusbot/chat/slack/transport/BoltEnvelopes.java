package app.bonusbot.chat.slack.transport;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.util.thread.DaemonThreadExecutorServiceFactory;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode's envelopes (slash commands, events, interactions) to the Bolt app and its acks back. The app runs on a
 * pool of its own, never on a connection's thread, so that a slow answer cannot hold up the next envelope's ack; the
 * pool outlives reconnects, and each ack goes out on the connection its envelope came in on.
 */
final class BoltEnvelopes {

    private static final Logger LOG = LoggerFactory.getLogger(SlackSocketMode.class);

    private final App app;
    private final SocketModeRequestParser parser;
    private final ExecutorService pool;

    BoltEnvelopes(App app, int concurrency) {
        this.app = app;
        this.parser = new SocketModeRequestParser(app.config());
        this.pool = DaemonThreadExecutorServiceFactory.createDaemonThreadPoolExecutor("slack-bolt-socket-mode", concurrency);
    }

    void handle(SocketModeSession session, String message) {
        pool.execute(() -> run(session, message));
    }

    private void run(SocketModeSession session, String message) {
        SocketModeRequest request = parser.parse(message);
        if (request == null) {
            return;
        }
        String envelopeId = request.getEnvelope().getEnvelopeId();
        Response response;
        try {
            response = app.run(request.getBoltRequest());
        } catch (Exception e) {
            LOG.warn("Slack envelope {} ({}) failed: {}", envelopeId, request.getEnvelope().getType(), e.toString());
            return;
        }
        if (response.getStatusCode() != 200) {
            LOG.warn("Slack envelope {} ({}) not acked: the app answered {} {}", envelopeId, request.getEnvelope().getType(),
                    response.getStatusCode(), response.getBody());
            return;
        }
        try {
            session.sendSocketModeResponse(ack(envelopeId, response));
        } catch (RuntimeException e) {
            // The connection went away meanwhile; Slack sends an envelope it got no ack for again.
            LOG.warn("Slack envelope {}: the ack did not go out ({}); Slack will send it again", envelopeId, e.toString());
        }
    }

    /** Socket Mode's ack: the envelope id, and what HTTP mode would have answered in the body as the payload. */
    static String ack(String envelopeId, Response response) {
        JsonObject ack = new JsonObject();
        ack.addProperty("envelope_id", envelopeId);
        String body = response.getBody();
        if (body != null && !body.isEmpty()) {
            String contentType = response.getContentType();
            if (contentType != null && contentType.startsWith("application/json")) {
                ack.add("payload", JsonParser.parseString(body));
            } else {
                JsonObject text = new JsonObject();
                text.addProperty("text", body);
                ack.add("payload", text);
            }
        }
        return ack.toString();
    }

    /** Takes no more envelopes and waits briefly for those being run. */
    void close(Duration grace) {
        pool.shutdown();
        try {
            pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
