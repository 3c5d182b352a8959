package app.bonusbot.chat.slack.transport;

import app.bonusbot.chat.SharedDeliveries;
import app.bonusbot.chat.slack.SlackMode;
import app.bonusbot.chat.slack.SlackSettings;
import app.bonusbot.crm.hubspot.webhook.HubSpotWebhooks;
import com.slack.api.bolt.App;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** How Slack's requests reach the Bolt app: a Socket Mode connection, or an HTTP server Slack posts to. */
public sealed interface SlackTransport extends AutoCloseable permits SlackSocketMode, SlackHttpServer {

    /**
     * Connects to Slack or starts serving, and returns once Slack's requests can arrive. Throws a
     * {@link SlackStartException} with one clear sentence when Slack refuses a token, cannot be reached (in Socket
     * Mode: within the give-up time), or the port is taken.
     */
    void start();

    /** What the start-up line says, e.g. "Slack in Socket Mode". */
    String description();

    /** Takes no new requests, lets those in flight finish (a few seconds at most), then stops the app. */
    @Override
    void close();

    /** What the start-up line says for these settings, before anything has started. */
    static String describe(SlackSettings settings) {
        return settings.mode() == SlackMode.HTTP
                ? SlackHttpServer.describe(settings.httpPort())
                : SlackSocketMode.DESCRIPTION;
    }

    /**
     * The transport the settings ask for, around the app built for them; not started.
     *
     * @param lostForGood told when Socket Mode loses its connection after the start and cannot get one again within
     *     the settings' give-up time, or Slack now refuses the token; the run should then end
     * @param webhooks HubSpot's webhooks, served beside Slack's requests in HTTP mode (Socket Mode has no listener)
     * @param shared the deliveries every bot process on the store has had: in HTTP mode a request signature accepted by
     *     one process is refused by every other within Slack's 5-minute window
     * @param storeReachable whether the store can be reached now, for HTTP mode's health check (503 while not)
     */
    static SlackTransport forSettings(SlackSettings settings, App app, Consumer<SlackStartException> lostForGood, Optional<HubSpotWebhooks> webhooks,
            SharedDeliveries shared, BooleanSupplier storeReachable) {
        if (settings.mode() == SlackMode.HTTP) {
            return new SlackHttpServer(app, settings.signingSecret(), new InetSocketAddress(settings.httpPort()), webhooks.orElse(null), shared,
                    storeReachable);
        }
        return new SlackSocketMode(app, settings.appToken(), settings.giveUpAfter(), lostForGood);
    }
}
