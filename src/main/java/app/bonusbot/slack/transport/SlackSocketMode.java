package app.bonusbot.slack.transport;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: the bot opens a WebSocket to Slack ({@code apps.connections.open} with the app-level token), so no
 * public URL is needed. Bolt's {@link SocketModeApp} with the Tyrus backend does the connection, the acks and the
 * reconnects; it runs the app on a pool of {@value #CONCURRENCY} threads, never on the WebSocket's own thread, so a
 * slow answer cannot hold up the next envelope's ack. The connection URL comes from the app's own Web API client,
 * so {@code SLACK_API_URL} steers it too.
 */
public final class SlackSocketMode implements SlackTransport {

    static final int CONCURRENCY = 10;
    static final String DESCRIPTION = "Slack in Socket Mode";
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final Duration CLOSE_HANDSHAKE = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(SlackSocketMode.class);

    private final App app;
    private final String appToken;
    private final InFlight inFlight = new InFlight();
    private SocketModeApp socketMode;

    public SlackSocketMode(App app, String appToken) {
        this.app = app;
        this.appToken = appToken;
    }

    @Override
    public synchronized void start() {
        if (socketMode != null) {
            throw new IllegalStateException("already started");
        }
        SlackPreflight.botToken(app);
        app.use((request, response, chain) -> {
            inFlight.enter();
            try {
                return chain.next(request);
            } finally {
                inFlight.exit();
            }
        });
        try {
            SocketModeApp starting = new SocketModeApp(appToken, app, SocketModeClient.Backend.Tyrus, CONCURRENCY);
            starting.startAsync();
            socketMode = starting;
        } catch (IllegalStateException refused) {
            // Bolt's wording: "Failed to connect to the Socket Mode endpoint URL (error: invalid_auth)".
            throw new SlackStartException("Slack refused SLACK_APP_TOKEN: " + refused.getMessage()
                    + ". Use an app-level token (xapp-…) with the connections:write scope (Basic Information → App-Level Tokens)"
                    + " and enable Socket Mode for the app.");
        } catch (Exception e) {
            throw new SlackStartException("cannot open the Socket Mode connection to Slack via "
                    + app.slack().getConfig().getMethodsEndpointUrlPrefix() + ": " + e);
        }
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }

    @Override
    public synchronized void close() {
        if (socketMode == null) {
            return;
        }
        SocketModeApp running = socketMode;
        socketMode = null;
        try {
            // Still connected, so the acks of what is being handled reach Slack.
            if (!inFlight.awaitIdle(GRACE)) {
                LOG.warn("Stopping with {} Slack requests still running after {} s", inFlight.count(), GRACE.toSeconds());
            }
            // Bolt sends the WebSocket close frame asynchronously; at SIGTERM the JVM would exit before it is out, and
            // Slack would see the connection drop instead of close.
            CountDownLatch closedBySlack = new CountDownLatch(1);
            SocketModeClient client = running.getClient();
            if (client != null) {
                client.addWebSocketCloseListener((code, reason) -> closedBySlack.countDown());
            }
            running.stop();
            closedBySlack.await(CLOSE_HANDSHAKE.toMillis(), TimeUnit.MILLISECONDS);
            AppExecutor.drain(app, GRACE);
            running.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Socket Mode did not stop cleanly: {}", e.toString());
        }
    }
}
