package app.bonusbot.chat.slack;

import app.bonusbot.core.announce.ChatPlatformFailure;

/**
 * A Slack call the bot needed did not succeed: Slack answered an error, kept rate-limiting past the last attempt, or
 * could not be reached. The message names the method and Slack's error code, never a token or a response URL.
 */
public final class SlackCallException extends RuntimeException implements ChatPlatformFailure {

    private final String method;
    private final String error;

    public SlackCallException(String method, String error, Throwable cause) {
        super(method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
    }

    public SlackCallException(String method, String error) {
        this(method, error, null);
    }

    /** The Web API method, or {@code response_url}. */
    public String method() {
        return method;
    }

    /** Slack's error code ({@code missing_scope}, {@code ratelimited}, ...) or the HTTP status. */
    public String error() {
        return error;
    }
}
