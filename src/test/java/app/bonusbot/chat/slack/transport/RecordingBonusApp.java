package app.bonusbot.chat.slack.transport;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real Bolt App with a {@code /bonus} command and an App Home handler that record what reached them, its Web API
 * client pointed at a {@link LoopbackWebApi} (as SLACK_API_URL does). It stands in for Bonusbot's own app so the
 * transports are tested on their own.
 */
final class RecordingBonusApp implements AutoCloseable {

    static final String BOT_TOKEN = "xoxb-valid-0000000000-1111111111111-bonusbot";
    static final String APP_TOKEN = "xapp-valid-1-A0001-2222222222222-bonusbot";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

    record Command(String text, String userId, String threadName) {}

    record HomeOpened(String eventId, Integer retryNum) {}

    final List<Command> commands = new CopyOnWriteArrayList<>();
    final List<HomeOpened> homeOpened = new CopyOnWriteArrayList<>();
    private final Slack slack;
    private final App app;

    private RecordingBonusApp(Slack slack, App app) {
        this.slack = slack;
        this.app = app;
    }

    /** Answers {@code /bonus} in the ack itself, as HTTP mode shows it in the response body. */
    static RecordingBonusApp answeringInTheAck(LoopbackWebApi webApi, AppConfig.AppConfigBuilder config) {
        RecordingBonusApp recording = build(webApi, config);
        recording.app.command("/bonus", (req, ctx) -> {
            recording.commands.add(new Command(req.getPayload().getText(), req.getPayload().getUserId(), Thread.currentThread().getName()));
            return ctx.ack("Bonus status for " + req.getPayload().getUserId());
        });
        return recording;
    }

    /** Acks {@code /bonus} at once and answers later through the response_url, as a slow answer must. */
    static RecordingBonusApp answeringThroughTheResponseUrl(LoopbackWebApi webApi, AppConfig.AppConfigBuilder config) {
        RecordingBonusApp recording = build(webApi, config);
        recording.app.command("/bonus", (req, ctx) -> {
            recording.commands.add(new Command(req.getPayload().getText(), req.getPayload().getUserId(), Thread.currentThread().getName()));
            recording.app.executorService().submit(() -> {
                ctx.respond(r -> r.responseType("ephemeral").text("Your bonus status, " + req.getPayload().getUserId()));
                return null;
            });
            return ctx.ack();
        });
        return recording;
    }

    static AppConfig.AppConfigBuilder config() {
        return AppConfig.builder().singleTeamBotToken(BOT_TOKEN).signingSecret(SIGNING_SECRET);
    }

    private static RecordingBonusApp build(LoopbackWebApi webApi, AppConfig.AppConfigBuilder config) {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(webApi.methodsPrefix());
        // As the bot's own client (SlackApi.slack): no SDK statistics, which would ask auth.test for every token.
        slackConfig.setStatsEnabled(false);
        Slack slack = Slack.getInstance(slackConfig);
        App app = new App(config.slack(slack).build());
        RecordingBonusApp recording = new RecordingBonusApp(slack, app);
        app.event(AppHomeOpenedEvent.class, (req, ctx) -> {
            recording.homeOpened.add(new HomeOpened(req.getEventId(), ctx.getRetryNum()));
            return ctx.ack();
        });
        return recording;
    }

    App app() {
        return app;
    }

    @Override
    public void close() {
        try {
            slack.close();
        } catch (Exception e) {
            throw new IllegalStateException("the Slack client did not close", e);
        }
    }
}
