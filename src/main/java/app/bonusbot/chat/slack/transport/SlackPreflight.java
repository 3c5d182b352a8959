package app.bonusbot.chat.slack.transport;

import com.slack.api.bolt.App;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.io.IOException;

/**
 * {@code auth.test} made first and on its own, so that a revoked token or an unreachable Slack gives one clear
 * sentence: Bolt's own start reports any auth.test failure as "The token is invalid", even when Slack could not be
 * reached, and Socket Mode's client factory logs a stack trace for an unreachable host and then fails on a null.
 */
final class SlackPreflight {

    private SlackPreflight() {}

    /** {@code auth.test} with the app's bot token, through the app's own Web API client (so SLACK_API_URL applies). */
    static void botToken(App app) {
        String token = app.config().getSingleTeamBotToken();
        if (token == null) {
            throw new SlackStartException("the Slack app was built without a bot token (SLACK_BOT_TOKEN)");
        }
        String endpoint = app.slack().getConfig().getMethodsEndpointUrlPrefix();
        AuthTestResponse response;
        try {
            response = app.slack().methods(token).authTest(r -> r);
        } catch (SlackApiException e) {
            throw new SlackStartException(SlackStartException.Kind.UNREACHABLE, "Slack's Web API at " + endpoint + " answered HTTP " + e.getResponse().code() + " to auth.test");
        } catch (IOException e) {
            throw new SlackStartException(SlackStartException.Kind.UNREACHABLE, "cannot reach Slack's Web API at " + endpoint + " (auth.test): " + e.getMessage()
                    + ". Check the network, the proxy, or SLACK_API_URL.");
        }
        if (!response.isOk()) {
            SlackStartException.Kind kind = SlackStartException.refusesToken(response.getError())
                    ? SlackStartException.Kind.TOKEN_REFUSED : SlackStartException.Kind.OTHER;
            throw new SlackStartException(kind, "Slack refused SLACK_BOT_TOKEN: auth.test answered '" + response.getError()
                    + "'. Copy the Bot User OAuth Token (xoxb-…) again from OAuth & Permissions; reinstall the app if it was removed.");
        }
    }
}
