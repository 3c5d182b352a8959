package app.bonusbot.chat.discord;

/**
 * Discord could not be reached or refused what the bot was started with. The message is one sentence saying which
 * and what to do; it never holds the token.
 */
public final class DiscordStartException extends RuntimeException {

    public DiscordStartException(String message) {
        super(message);
    }
}
