package app.bonusbot.chat.discord;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids for things the fake creates. They carry the current time as real snowflakes do, because JDA reads an
 * interaction's creation time from its id and refuses hook requests for interactions older than 15 minutes.
 */
final class Snowflakes {

    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;

    private final AtomicLong last = new AtomicLong();

    String next() {
        long now = (System.currentTimeMillis() - DISCORD_EPOCH_MILLIS) << 22;
        return Long.toString(last.updateAndGet(previous -> Math.max(previous + 1, now)));
    }
}
