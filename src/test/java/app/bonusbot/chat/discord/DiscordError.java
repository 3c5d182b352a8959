package app.bonusbot.chat.discord;

/**
 * An error answer of Discord's REST API: the HTTP status and the JSON error code and message Discord sends, e.g.
 * {@code 403 {"message": "Missing Access", "code": 50001}}. For {@link FakeDiscord#failNext}.
 */
public record DiscordError(int status, int code, String message) {

    /** The bot cannot see the channel (removed from it, or the channel is private). */
    public static final DiscordError MISSING_ACCESS = new DiscordError(403, 50001, "Missing Access");
    /** The user blocks DMs from the bot or shares no server with it. */
    public static final DiscordError CANNOT_DM_USER = new DiscordError(403, 50007, "Cannot send messages to this user");
    public static final DiscordError UNKNOWN_CHANNEL = new DiscordError(404, 10003, "Unknown Channel");
    public static final DiscordError UNKNOWN_MESSAGE = new DiscordError(404, 10008, "Unknown Message");
    /** The interaction token expired or another process answered first. */
    public static final DiscordError UNKNOWN_INTERACTION = new DiscordError(404, 10062, "Unknown interaction");
    /** Discord answers this, with a {@code Retry-After} header, when a bucket is exhausted. */
    public static final DiscordError RATE_LIMITED = new DiscordError(429, 0, "You are being rate limited.");
}
