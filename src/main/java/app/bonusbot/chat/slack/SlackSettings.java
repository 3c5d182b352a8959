package app.bonusbot.chat.slack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Slack's secrets and endpoints, from environment variables only. {@link #toString()} never shows a secret.
 *
 * @param apiUrl the Web API methods endpoint prefix ({@code SLACK_API_URL}); null for Slack's own
 *     ({@code https://slack.com/api/})
 * @param httpPort the port of HTTP mode; null in Socket Mode
 * @param giveUpAfter how long Socket Mode keeps trying to connect, at the start and after a lost connection, before
 *     the bot exits ({@code SLACK_GIVE_UP_SECONDS}, default 5 minutes)
 */
public record SlackSettings(SlackMode mode, String botToken, String appToken, String signingSecret, String apiUrl, Integer httpPort,
        Duration giveUpAfter) {

    public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String API_URL = "SLACK_API_URL";
    public static final String GIVE_UP_SECONDS = "SLACK_GIVE_UP_SECONDS";
    public static final Duration DEFAULT_GIVE_UP = Duration.ofMinutes(5);

    /** With the default give-up time. */
    public SlackSettings(SlackMode mode, String botToken, String appToken, String signingSecret, String apiUrl, Integer httpPort) {
        this(mode, botToken, appToken, signingSecret, apiUrl, httpPort, DEFAULT_GIVE_UP);
    }

    /** Real tokens are far longer; anything shorter was cut off when copied. */
    private static final int MINIMUM_TOKEN_LENGTH = 16;

    /**
     * Reads the environment. Empty when no Slack variable is set and no HTTP port asked for (the bot then runs
     * without Slack); a {@link SlackSetupException} listing every problem when what is set does not add up.
     *
     * @param httpPort the {@code --http PORT} option, or null
     */
    public static Optional<SlackSettings> fromEnvironment(Map<String, String> env, Integer httpPort) {
        String bot = value(env, BOT_TOKEN);
        String app = value(env, APP_TOKEN);
        String secret = value(env, SIGNING_SECRET);
        String apiUrl = value(env, API_URL);
        String giveUp = value(env, GIVE_UP_SECONDS);
        if (bot == null && app == null && secret == null && httpPort == null) {
            return Optional.empty();
        }
        List<String> problems = new ArrayList<>();
        if (bot == null) {
            problems.add(BOT_TOKEN + " is not set: the bot token (xoxb-…) from the app's OAuth & Permissions page");
        } else {
            tokenProblem(BOT_TOKEN, bot, "xoxb-", "a bot token", "OAuth & Permissions → Bot User OAuth Token").ifPresent(problems::add);
        }
        SlackMode mode = httpPort != null ? SlackMode.HTTP : SlackMode.SOCKET;
        if (mode == SlackMode.SOCKET) {
            if (app == null) {
                problems.add(APP_TOKEN + " is not set: Socket Mode needs an app-level token (xapp-…) with connections:write"
                        + " (Basic Information → App-Level Tokens), or start with --http PORT for HTTP mode");
            } else {
                tokenProblem(APP_TOKEN, app, "xapp-", "an app-level token", "Basic Information → App-Level Tokens").ifPresent(problems::add);
            }
        } else {
            if (httpPort < 1 || httpPort > 65535) {
                problems.add("--http: " + httpPort + " is not a port (1-65535)");
            }
            if (secret == null) {
                problems.add(SIGNING_SECRET + " is not set: HTTP mode needs the signing secret (Basic Information → App Credentials)");
            } else if (secret.chars().anyMatch(Character::isWhitespace)) {
                problems.add(SIGNING_SECRET + " contains white space: copy it again from Basic Information → App Credentials");
            }
        }
        if (apiUrl != null && !(apiUrl.startsWith("http://") || apiUrl.startsWith("https://"))) {
            problems.add(API_URL + " must be an http(s) URL such as https://slack.com/api/");
        }
        Duration giveUpAfter = DEFAULT_GIVE_UP;
        if (giveUp != null) {
            try {
                giveUpAfter = Duration.ofSeconds(Long.parseLong(giveUp));
            } catch (NumberFormatException e) {
                giveUpAfter = Duration.ZERO;
            }
            if (giveUpAfter.isNegative() || giveUpAfter.isZero()) {
                problems.add(GIVE_UP_SECONDS + " must be a whole number of seconds, at least 1: how long Socket Mode keeps trying to connect"
                        + " before the bot exits (default " + DEFAULT_GIVE_UP.toSeconds() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new SlackSetupException(problems);
        }
        String prefix = apiUrl == null ? null : (apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        return Optional.of(new SlackSettings(mode, bot, app, secret, prefix, httpPort, giveUpAfter));
    }

    /**
     * Posting to Slack from a process that does not run the bot, such as {@code bonusbot announce}: needs only
     * {@code SLACK_BOT_TOKEN} (and {@code SLACK_API_URL} when set). Empty when no bot token is set.
     *
     * @throws SlackSetupException when the token is not a bot token, or the API URL no http(s) URL
     */
    public static Optional<SlackSettings> forPosting(Map<String, String> env) {
        String token = env.get(BOT_TOKEN);
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        token = token.trim();
        if (!token.startsWith("xoxb-") || token.chars().anyMatch(Character::isWhitespace)) {
            throw new SlackSetupException(List.of(BOT_TOKEN + " is not a bot token: it must start with xoxb- (OAuth & Permissions → Bot User OAuth Token)"));
        }
        String apiUrl = env.get(API_URL);
        if (apiUrl != null && !apiUrl.isBlank()) {
            apiUrl = apiUrl.trim();
            if (!apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
                throw new SlackSetupException(List.of(API_URL + " must be an http(s) URL such as https://slack.com/api/"));
            }
            apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        } else {
            apiUrl = null;
        }
        return Optional.of(new SlackSettings(SlackMode.SOCKET, token, null, null, apiUrl, null));
    }

    /**
     * What is wrong with a token, each fault named as what it is: the wrong kind of token, a token cut short when
     * copied, or white space copied with it. The token itself is never part of the message.
     */
    private static Optional<String> tokenProblem(String variable, String token, String prefix, String kind, String where) {
        if (!token.startsWith(prefix)) {
            return Optional.of(variable + " is not " + kind + ": it must start with " + prefix + " (" + where + ")");
        }
        if (token.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of(variable + " contains white space: copy it again from " + where);
        }
        if (token.length() < MINIMUM_TOKEN_LENGTH) {
            return Optional.of(variable + " is too short to be " + kind + " (" + token.length() + " characters): copy the whole token again from "
                    + where);
        }
        return Optional.empty();
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + mode + ", apiUrl=" + (apiUrl == null ? "https://slack.com/api/" : apiUrl)
                + (httpPort == null ? "" : ", httpPort=" + httpPort) + "]";
    }
}
