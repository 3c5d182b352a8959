package app.bonusbot.chat.slack.transport;

import app.bonusbot.chat.slack.SlackApi;
import app.bonusbot.chat.slack.SlackSettings;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import java.io.IOException;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets Socket Mode connected: asks {@code apps.connections.open} for a WebSocket URL with the app-level token, opens
 * it, and waits for Slack's hello; after a failed attempt it logs one WARN line naming the cause and tries again
 * after the policy's backoff, until a connection is open, Slack refuses the token, or the give-up time has passed.
 */
final class SocketModeConnector {

    static final String APP_TOKEN_HELP = "Use an app-level token (xapp-…) with the connections:write scope"
            + " (Basic Information → App-Level Tokens) and enable Socket Mode for the app.";
    private static final Duration HELLO_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(SlackSocketMode.class);

    private final Slack slack;
    private final String appToken;
    private final ReconnectPolicy policy;
    private final Clock clock;
    private final SlackApi.Sleeper sleeper;
    private final DoubleSupplier random;

    SocketModeConnector(Slack slack, String appToken, ReconnectPolicy policy, Clock clock, SlackApi.Sleeper sleeper, DoubleSupplier random) {
        this.slack = slack;
        this.appToken = appToken;
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
    }

    /** A failed attempt, worth another. */
    private static final class AttemptFailed extends Exception {
        AttemptFailed(String cause) {
            super(cause, null, false, false);
        }
    }

    /**
     * An open session, its events going to {@code events}.
     *
     * @throws SlackStartException when Slack refuses the app token, or no attempt succeeded within the give-up time
     * @throws InterruptedException when the bot stops meanwhile
     */
    SocketModeSession connect(SocketModeSession.Events events) throws InterruptedException {
        Instant since = clock.instant();
        for (int failures = 1; ; failures++) {
            String cause;
            try {
                return attempt(events);
            } catch (AttemptFailed failed) {
                cause = failed.getMessage();
            }
            Duration left = policy.giveUpAfter().minus(Duration.between(since, clock.instant()));
            if (left.isNegative() || left.isZero()) {
                LOG.warn("Slack Socket Mode: {}; giving up", cause);
                throw new SlackStartException(SlackStartException.Kind.UNREACHABLE, "Slack Socket Mode: no connection to Slack within "
                        + readable(policy.giveUpAfter()) + "; giving up. The last attempt: " + cause + ". Check the network and the proxy;"
                        + " " + SlackSettings.GIVE_UP_SECONDS + " sets how long the bot keeps trying (default "
                        + SlackSettings.DEFAULT_GIVE_UP.toSeconds() + ").");
            }
            Duration delay = policy.delayAfter(failures, random.getAsDouble());
            if (delay.compareTo(left) > 0) {
                delay = left;
            }
            LOG.warn("Slack Socket Mode: {}; next attempt in {}", cause, readable(delay));
            sleeper.sleep(delay);
        }
    }

    private SocketModeSession attempt(SocketModeSession.Events events) throws AttemptFailed, InterruptedException {
        String endpoint = slack.getConfig().getMethodsEndpointUrlPrefix();
        AppsConnectionsOpenResponse response;
        try {
            response = slack.methods(appToken).appsConnectionsOpen(r -> r);
        } catch (IOException e) {
            throw new AttemptFailed("cannot reach Slack's Web API at " + endpoint + " (apps.connections.open: " + SocketModeSession.describe(e) + ")");
        } catch (SlackApiException e) {
            throw new AttemptFailed("Slack's Web API at " + endpoint + " answered HTTP " + e.getResponse().code() + " to apps.connections.open");
        }
        if (!response.isOk()) {
            if (SlackStartException.refusesToken(response.getError())) {
                throw new SlackStartException(SlackStartException.Kind.TOKEN_REFUSED, "Slack refused SLACK_APP_TOKEN: apps.connections.open answered '"
                        + response.getError() + "'. " + APP_TOKEN_HELP);
            }
            throw new AttemptFailed("apps.connections.open answered '" + response.getError() + "'");
        }
        String url = response.getUrl();
        SocketModeSession session;
        try {
            session = new SocketModeSession(slack, appToken, url, events);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new AttemptFailed("apps.connections.open answered a URL that is not one: " + withoutQuery(String.valueOf(url)));
        }
        Optional<String> failure;
        try {
            failure = session.open(HELLO_TIMEOUT);
        } catch (InterruptedException e) {
            session.closeWithin(Duration.ZERO);
            throw e;
        }
        if (failure.isPresent()) {
            session.closeWithin(Duration.ZERO);
            throw new AttemptFailed("cannot connect to " + withoutQuery(url) + " (" + failure.get() + ")");
        }
        return session;
    }

    /** Slack's URL carries a one-time connection ticket in its query, which has no place in a log. */
    static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** "1 s", "45 s", "5 min": whole seconds, rounded, never "0 s" for a wait that is one. */
    static String readable(Duration duration) {
        long seconds = Math.max(1, Math.round(duration.toMillis() / 1000.0));
        return seconds >= 120 && seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
