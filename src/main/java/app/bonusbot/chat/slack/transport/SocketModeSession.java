package app.bonusbot.chat.slack.transport;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.socket_mode.impl.SocketModeClientJavaWSImpl;
import com.slack.api.socket_mode.queue.impl.ConcurrentLinkedMessageQueue;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.helpers.NOPLogger;

/**
 * One Socket Mode WebSocket connection to one URL from {@code apps.connections.open}, on the Slack SDK's
 * Java-WebSocket client with the SDK's own reconnecting switched off: {@link SlackSocketMode} decides when to
 * connect again, and a session is never reused. It counts as open once Slack's {@code hello} arrived; what comes
 * after goes to its {@link Events}.
 */
final class SocketModeSession extends SocketModeClientJavaWSImpl {

    /** What a session reports, from the SDK's threads; a session reports its end once. */
    interface Events {
        /** A message after {@code hello} other than {@code disconnect}: an envelope to handle and ack. */
        void message(SocketModeSession session, String message);

        /** Slack asked for a new connection ({@code disconnect}: a refresh, or the endpoint going away). */
        void refreshRequested(SocketModeSession session, String reason);

        /** The connection closed or failed after it was open. */
        void ended(SocketModeSession session, String cause);
    }

    private final Events events;
    /** Completed with empty at Slack's hello, or with the cause when the connection failed before it. */
    private final CompletableFuture<Optional<String>> opened = new CompletableFuture<>();
    private final CompletableFuture<String> ended = new CompletableFuture<>();

    /** A message processor of one thread is enough: it only reads the type and hands envelopes on. */
    SocketModeSession(Slack slack, String appToken, String url, Events events) throws URISyntaxException {
        super(slack, appToken, url, 1, new ConcurrentLinkedMessageQueue(), false, false, DEFAULT_SESSION_MONITOR_INTERVAL_MILLISECONDS);
        this.events = events;
        addWebSocketErrorListener(error -> end(describe(error)));
        addWebSocketCloseListener((code, reason) -> end("closed with code " + code + (reason == null || reason.isBlank() ? "" : ", " + reason)));
    }

    /** Connects and waits for Slack's hello; the cause when there was none within the timeout. */
    Optional<String> open(Duration timeout) throws InterruptedException {
        connect();
        try {
            return opened.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Optional.of("no hello from Slack within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            return Optional.of(describe(e.getCause()));
        }
    }

    /** Closes the connection (a close frame) and waits briefly for it to be closed, then stops the SDK's threads. */
    void closeWithin(Duration timeout) {
        try {
            close();
            ended.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Not closed in time, or closing failed: the connection is abandoned either way.
        }
    }

    @Override
    public void processMessage(String message) {
        String type;
        JsonElement json;
        try {
            json = JsonParser.parseString(message);
            type = json.isJsonObject() && json.getAsJsonObject().has("type") ? json.getAsJsonObject().get("type").getAsString() : "";
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return;
        }
        switch (type) {
            case "hello" -> opened.complete(Optional.empty());
            case "disconnect" -> {
                JsonElement reason = json.getAsJsonObject().get("reason");
                events.refreshRequested(this, reason == null || reason.isJsonNull() ? "disconnect" : reason.getAsString());
            }
            default -> events.message(this, message);
        }
    }

    /**
     * The SDK's client logs every failure at ERROR with a stack trace and every close at INFO; {@link SlackSocketMode}
     * says each once, as one WARN line, so the client's own lines would only repeat them.
     */
    @Override
    public Logger getLogger() {
        return NOPLogger.NOP_LOGGER;
    }

    private void end(String cause) {
        if (opened.complete(Optional.of(cause))) {
            ended.complete(cause);
            return;
        }
        if (ended.complete(cause)) {
            events.ended(this, cause);
        }
    }

    /** A network failure as a person reads it: "Connection refused", "unknown host wss-primary.slack.com". */
    static String describe(Throwable error) {
        if (error instanceof UnknownHostException) {
            return "unknown host " + error.getMessage();
        }
        return error.getMessage() == null || error.getMessage().isBlank() ? error.getClass().getSimpleName() : error.getMessage();
    }
}
