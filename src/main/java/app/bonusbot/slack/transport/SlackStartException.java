package app.bonusbot.slack.transport;

/**
 * Slack could not be reached or refused what the bot was started with. The message says which and what to do; it
 * never holds a token or the signing secret.
 */
public final class SlackStartException extends RuntimeException {

    public SlackStartException(String message) {
        super(message);
    }
}
