package app.bonusbot.core.announce;

/**
 * Marks an adapter's exception that says in a sentence what a chat platform refused, or that it could not be
 * reached: an expected failure, logged as that sentence without a stack trace. Any other exception is a fault of the
 * bot and is logged with its stack trace.
 */
public interface ChatPlatformFailure {}
