package app.bonusbot.chat.slack.transport;

import app.bonusbot.chat.slack.SlackApi;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: the bot opens a WebSocket to Slack ({@code apps.connections.open} with the app-level token), so no
 * public URL is needed. {@link #start()} returns only once the connection is open (Slack said hello), so whoever
 * says "Ready" says it truthfully; until then a {@link SocketModeConnector} tries with backoff and one WARN line per
 * failed attempt. A connection that drops later, or that Slack asks to renew, is replaced the same way on a thread
 * of its own; when that gives up (or Slack now refuses the token) the run is told through {@code lostForGood}.
 * The connection URL comes from the app's own Web API client, so {@code SLACK_API_URL} steers it too.
 */
public final class SlackSocketMode implements SlackTransport, SocketModeSession.Events {

    static final int CONCURRENCY = 10;
    static final String DESCRIPTION = "Slack in Socket Mode";
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final Duration CLOSE_HANDSHAKE = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(SlackSocketMode.class);

    private final App app;
    private final SocketModeConnector connector;
    private final Clock clock;
    private final Consumer<SlackStartException> lostForGood;
    private final InFlight inFlight = new InFlight();
    private BoltEnvelopes envelopes;
    private boolean started;
    private boolean stopping;
    /** The open connection; null while there is none. */
    private SocketModeSession current;
    private Thread reconnecting;

    /**
     * @param giveUpAfter how long without a connection before the bot stops trying (at the start and after a drop)
     * @param lostForGood told, once and from another thread, when a connection lost after the start cannot be had
     *     again within {@code giveUpAfter}, or Slack now refuses the token; the bot should then exit
     */
    public SlackSocketMode(App app, String appToken, Duration giveUpAfter, Consumer<SlackStartException> lostForGood) {
        this(app, appToken, ReconnectPolicy.standard(giveUpAfter), Clock.systemUTC(), SlackApi.Sleeper.REAL, lostForGood);
    }

    /** For tests: a clock and a sleeper of their own, so that the backoff's waits pass at once. */
    SlackSocketMode(App app, String appToken, ReconnectPolicy policy, Clock clock, SlackApi.Sleeper sleeper,
            Consumer<SlackStartException> lostForGood) {
        this.app = app;
        this.clock = clock;
        this.lostForGood = lostForGood;
        this.connector = new SocketModeConnector(app.slack(), appToken, policy, clock, sleeper, () -> ThreadLocalRandom.current().nextDouble());
    }

    @Override
    public void start() {
        synchronized (this) {
            if (started) {
                throw new IllegalStateException("already started");
            }
            started = true;
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
        app.start();
        envelopes = new BoltEnvelopes(app, CONCURRENCY);
        SocketModeSession opened;
        try {
            opened = connector.connect(this);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackStartException("the start was interrupted before Slack's Socket Mode connection opened");
        }
        synchronized (this) {
            if (stopping) {
                opened.closeWithin(CLOSE_HANDSHAKE);
                return;
            }
            current = opened;
        }
    }

    @Override
    public String description() {
        return DESCRIPTION;
    }

    @Override
    public void message(SocketModeSession session, String message) {
        envelopes.handle(session, message);
    }

    @Override
    public synchronized void refreshRequested(SocketModeSession session, String reason) {
        // Slack renews connections now and then: the old one stays up (and acks what it brought) until the new is open.
        if (session == current && !stopping) {
            LOG.info("Slack Socket Mode: Slack asked for a new connection ({})", reason);
            reconnect(session, false);
        }
    }

    @Override
    public synchronized void ended(SocketModeSession session, String cause) {
        if (session == current && !stopping) {
            LOG.warn("Slack Socket Mode: connection to Slack lost ({}); connecting again", cause);
            reconnect(session, true);
        }
    }

    /** Replaces {@code old} on a thread of its own; the caller holds the lock. */
    private void reconnect(SocketModeSession old, boolean lost) {
        current = null;
        Thread thread = new Thread(() -> reconnectFrom(old, lost), "slack-socket-mode-reconnect");
        thread.setDaemon(true);
        reconnecting = thread;
        thread.start();
    }

    private void reconnectFrom(SocketModeSession old, boolean lost) {
        Instant since = clock.instant();
        SocketModeSession next;
        try {
            next = connector.connect(this);
        } catch (InterruptedException e) {
            old.closeWithin(Duration.ZERO);
            return;
        } catch (SlackStartException e) {
            old.closeWithin(Duration.ZERO);
            synchronized (this) {
                if (stopping) {
                    return;
                }
            }
            lostForGood.accept(e);
            return;
        }
        synchronized (this) {
            reconnecting = null;
            if (stopping) {
                next.closeWithin(Duration.ZERO);
            } else {
                current = next;
                if (lost) {
                    // At WARN, as the loss was: whoever reads the loss in the log also reads that it is over.
                    LOG.warn("Slack Socket Mode: connected again after {}", SocketModeConnector.readable(Duration.between(since, clock.instant())));
                } else {
                    LOG.info("Slack Socket Mode: renewed the connection");
                }
            }
        }
        old.closeWithin(CLOSE_HANDSHAKE);
    }

    @Override
    public void close() {
        SocketModeSession open;
        Thread reconnect;
        synchronized (this) {
            if (!started || stopping) {
                return;
            }
            stopping = true;
            open = current;
            current = null;
            reconnect = reconnecting;
            reconnecting = null;
        }
        try {
            if (reconnect != null) {
                reconnect.interrupt();
                reconnect.join(GRACE.toMillis());
            }
            // Still connected, so the acks of what is being handled reach Slack.
            if (!inFlight.awaitIdle(GRACE)) {
                LOG.warn("Stopping with {} Slack requests still running after {} s", inFlight.count(), GRACE.toSeconds());
            }
            // A close frame, and a moment for it to go out: at SIGTERM the JVM would otherwise exit before it is
            // sent, and Slack would see the connection drop instead of close.
            if (open != null) {
                open.closeWithin(CLOSE_HANDSHAKE);
            }
            if (envelopes != null) {
                envelopes.close(GRACE);
            }
            AppExecutor.drain(app, GRACE);
            app.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
