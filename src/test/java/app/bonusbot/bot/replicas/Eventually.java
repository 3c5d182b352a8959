package app.bonusbot.bot.replicas;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** A bounded wait for something the bot processes do on their own time: polled, failing with what was seen. */
final class Eventually {

    private static final Duration POLL = Duration.ofMillis(200);

    private Eventually() {}

    static void await(Duration timeout, BooleanSupplier done, Supplier<String> seen) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + seen.get());
            }
            ReplicaProcess.pause(POLL);
        }
    }
}
