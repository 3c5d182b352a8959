package app.bonusbot.chat.slack.transport;

import java.util.Set;

/**
 * Slack could not be reached or refused what the bot was started with. The message says which and what to do; it
 * never holds a token or the signing secret. The kind tells a supervisor's exit code apart: a refused token needs a
 * person, an unreachable Slack only time.
 */
public final class SlackStartException extends RuntimeException {

    /** Why the start (or, in Socket Mode, the run) ended. */
    public enum Kind {
        /** Slack refused a token: invalid, revoked, or of a deactivated account. Starting again will not help. */
        TOKEN_REFUSED,
        /** Slack could not be reached, or Socket Mode found no connection for its give-up time. */
        UNREACHABLE,
        /** Anything else: the port is taken, the charset is wrong, the app does not check signatures. */
        OTHER
    }

    /** The errors Slack answers a token it will never accept with (auth.test, apps.connections.open). */
    private static final Set<String> REFUSALS = Set.of("invalid_auth", "not_authed", "account_inactive", "token_revoked");

    private final Kind kind;

    public SlackStartException(String message) {
        this(Kind.OTHER, message);
    }

    public SlackStartException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** True for a Web API error that means the token itself is refused, so trying again is pointless. */
    static boolean refusesToken(String error) {
        return REFUSALS.contains(error);
    }
}
