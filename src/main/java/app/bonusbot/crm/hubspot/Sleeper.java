package app.bonusbot.crm.hubspot;

import java.time.Duration;

/** Waits; a test's own records the waits instead of taking them. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = d -> Thread.sleep(Math.max(0, d.toMillis()), (int) Math.max(0, d.toNanosPart() % 1_000_000));

    void sleep(Duration duration) throws InterruptedException;
}
