package app.bonusbot.chat.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.methods.response.users.UsersLookupByEmailResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.User;
import com.slack.api.model.view.View;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the bot talks to Slack's Web API and to response URLs. Every call goes to the methods URL of
 * {@code SLACK_API_URL} (Slack's own when unset), and a rate-limited call ({@code 429} with {@code Retry-After}, or
 * {@code ratelimited}) is tried again after the wait Slack asks for. When Slack still refuses after the last attempt,
 * or answers an error, the call is logged and a {@link SlackCallException} thrown: nothing is dropped silently.
 * Tokens and response URLs are never logged.
 *
 * <p>A new method is one line on top of {@link #call(String, Call)}, e.g. for {@code files.uploadV2}:
 * {@code call("files.getUploadURLExternal", c -> c.filesGetUploadURLExternal(r -> r...))}.
 */
public final class SlackApi {

    /** How often a rate-limited call is tried in all, the first time included. */
    public static final int DEFAULT_ATTEMPTS = 5;
    /** The wait when Slack rate-limits without saying for how long. */
    static final Duration WAIT_WITHOUT_RETRY_AFTER = Duration.ofSeconds(1);
    static final String RESPONSE_URL = "response_url";
    /**
     * Idle connections kept open for the next call: one per answer thread to the response URLs' host, as many again
     * for the Web API. OkHttp keeps five, fewer than the answers posted at once on a machine with more cores, and each
     * connection closed too early is a new TLS handshake for the next answer.
     */
    static final int KEPT_CONNECTIONS = Math.max(8, 2 * AnswerThreads.forCores(Runtime.getRuntime().availableProcessors()));

    private static final Logger log = LoggerFactory.getLogger(SlackApi.class);

    /** Waits out a rate limit; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    /** One Web API call on the bot's client. */
    @FunctionalInterface
    public interface Call<T extends SlackApiTextResponse> {
        T call(MethodsClient client) throws IOException, SlackApiException;
    }

    private final Slack slack;
    private final MethodsClient methods;
    private final Sleeper sleeper;
    private final int attempts;
    private final Gson json;

    public SlackApi(Slack slack, String botToken, Sleeper sleeper, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        this.slack = slack;
        this.methods = slack.methods(botToken);
        this.sleeper = sleeper;
        this.attempts = attempts;
        this.json = GsonFactory.createSnakeCase(slack.getConfig());
    }

    /** The client for these settings, waiting out rate limits for real. */
    public static SlackApi create(SlackSettings settings) {
        return new SlackApi(slack(settings), settings.botToken(), Sleeper.REAL, DEFAULT_ATTEMPTS);
    }

    /** The SDK instance for these settings: the methods URL of {@code SLACK_API_URL} when set. */
    public static Slack slack(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        if (settings.apiUrl() != null) {
            config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        }
        // The SDK's statistics feed its asynchronous rate limiter, which the bot does not use; left on, they cost
        // an extra auth.test and a background thread.
        config.setStatsEnabled(false);
        OkHttpClient keepingConnections = SlackHttpClient.buildOkHttpClient(config).newBuilder()
                .connectionPool(new ConnectionPool(KEPT_CONNECTIONS, 5, TimeUnit.MINUTES))
                .build();
        return Slack.getInstance(config, new SlackHttpClient(keepingConnections));
    }

    /** The SDK instance every call goes through; Bolt and Socket Mode use it too, so they reach the same URL. */
    public Slack slack() {
        return slack;
    }

    /** Posts a message; a user id as the channel sends it as a direct message from the bot. */
    public ChatPostMessageResponse postMessage(String channel, SlackMessage message) {
        return requireOk("chat.postMessage", call("chat.postMessage",
                c -> c.chatPostMessage(r -> r.channel(channel).text(message.text()).blocks(message.blocks()))));
    }

    /** Publishes a user's App Home tab. */
    public ViewsPublishResponse publishView(String userId, View view) {
        return requireOk("views.publish", call("views.publish", c -> c.viewsPublish(r -> r.userId(userId).view(view))));
    }

    /** A workspace member; empty when Slack knows no such user. */
    public Optional<User> userInfo(String userId) {
        UsersInfoResponse response = call("users.info", c -> c.usersInfo(r -> r.user(userId)));
        if (!response.isOk() && "user_not_found".equals(response.getError())) {
            return Optional.empty();
        }
        return Optional.ofNullable(requireOk("users.info", response).getUser());
    }

    /** The workspace member with this e-mail; empty when there is none. */
    public Optional<User> userByEmail(String email) {
        UsersLookupByEmailResponse response = call("users.lookupByEmail", c -> c.usersLookupByEmail(r -> r.email(email)));
        if (!response.isOk() && "users_not_found".equals(response.getError())) {
            return Optional.empty();
        }
        return Optional.ofNullable(requireOk("users.lookupByEmail", response).getUser());
    }

    /** Posts to a slash command's response URL (no token involved: the URL itself is the secret). */
    public void respond(String responseUrl, SlashCommandResponse payload) {
        respond(responseUrl, json.toJson(payload));
    }

    /** Posts to a button's response URL, e.g. to replace the message the button was in. */
    public void respond(String responseUrl, ActionResponse payload) {
        respond(responseUrl, json.toJson(payload));
    }

    private void respond(String responseUrl, String body) {
        for (int attempt = 1; ; attempt++) {
            WebhookResponse response;
            try {
                response = slack.send(responseUrl, body);
            } catch (IOException e) {
                log.error("{}: Slack could not be reached ({})", RESPONSE_URL, e.getClass().getSimpleName());
                throw new SlackCallException(RESPONSE_URL, "unreachable", e);
            } catch (IllegalArgumentException e) {
                // OkHttp's message would quote the URL, which is a secret.
                log.error("{}: not a URL", RESPONSE_URL);
                throw new SlackCallException(RESPONSE_URL, "not a URL");
            }
            int status = response.getCode() == null ? 0 : response.getCode();
            if (status == 429) {
                waitOrGiveUp(RESPONSE_URL, attempt, retryAfter(header(response.getHeaders(), "Retry-After")));
                continue;
            }
            String error = webhookError(status, response.getBody());
            if (error == null) {
                return;
            }
            log.error("{}: Slack refused the answer: {}", RESPONSE_URL, error);
            throw new SlackCallException(RESPONSE_URL, error);
        }
    }

    /**
     * Runs a Web API call, waiting out rate limits. The answer may still be {@code ok: false} for other errors: the
     * caller decides which are expected (see {@link #requireOk}).
     */
    public <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            try {
                T response = call.call(methods);
                if (response.isOk() || !"ratelimited".equals(response.getError())) {
                    return response;
                }
                wait = retryAfter(header(response.getHttpResponseHeaders(), "Retry-After"));
            } catch (SlackApiException e) {
                if (e.getResponse().code() != 429) {
                    String error = e.getError() != null && e.getError().getError() != null ? e.getError().getError() : "HTTP " + e.getResponse().code();
                    log.error("{}: Slack answered {}", method, error);
                    throw new SlackCallException(method, error, e);
                }
                wait = retryAfter(e.getResponse().header("Retry-After"));
            } catch (IOException e) {
                log.error("{}: Slack could not be reached ({})", method, e.getClass().getSimpleName());
                throw new SlackCallException(method, "unreachable", e);
            } catch (JsonParseException e) {
                // The SDK reads the answer with Gson: a body cut off or not JSON at all (a proxy's error page).
                log.error("{}: Slack's answer could not be read", method);
                throw new SlackCallException(method, "unreadable answer", e);
            }
            waitOrGiveUp(method, attempt, wait);
        }
    }

    /** The response when Slack said ok; otherwise logged with what Slack said is missing, and thrown. */
    public <T extends SlackApiTextResponse> T requireOk(String method, T response) {
        if (response.isOk()) {
            return response;
        }
        String error = response.getError() == null ? "unknown error" : response.getError();
        if (response.getNeeded() != null) {
            log.error("{}: Slack answered {} (the app needs the scope {})", method, error, response.getNeeded());
        } else {
            log.error("{}: Slack answered {}", method, error);
        }
        throw new SlackCallException(method, error);
    }

    private void waitOrGiveUp(String method, int attempt, Duration wait) {
        if (attempt >= attempts) {
            log.error("{}: still rate-limited by Slack after {} attempts; giving up", method, attempts);
            throw new SlackCallException(method, "ratelimited");
        }
        log.warn("{}: rate-limited by Slack; trying again in {} s (attempt {} of {})", method, wait.toSeconds(), attempt + 1, attempts);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallException(method, "interrupted while waiting out a rate limit", e);
        }
    }

    static Duration retryAfter(String seconds) {
        if (seconds != null) {
            try {
                long s = Long.parseLong(seconds.trim());
                if (s >= 0) {
                    return Duration.ofSeconds(s);
                }
            } catch (NumberFormatException e) {
                // An HTTP date or garbage: fall back to the default wait.
            }
        }
        return WAIT_WITHOUT_RETRY_AFTER;
    }

    private static String header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    /** Null when a response URL took the answer; else what went wrong. Slack answers {@code ok} or a JSON object. */
    private static String webhookError(int status, String body) {
        String error = null;
        if (body != null && body.trim().startsWith("{")) {
            try {
                JsonElement parsed = JsonParser.parseString(body);
                JsonObject object = parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
                if (object.has("ok") && !object.get("ok").getAsBoolean()) {
                    error = object.has("error") ? object.get("error").getAsString() : "ok: false";
                }
            } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
                // Not JSON after all: the status decides.
            }
        }
        if (status / 100 != 2) {
            String detail = body == null || body.isBlank() ? "" : " " + (body.length() > 100 ? body.substring(0, 100) + "…" : body.trim());
            return error != null ? "HTTP " + status + " " + error : "HTTP " + status + detail;
        }
        return error;
    }
}
