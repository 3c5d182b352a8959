package app.bonusbot.chat.slack.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses a request whose exact {@code X-Slack-Signature} was already accepted. Bolt's signature check cannot tell a
 * captured request sent again from the original while its timestamp is less than 5 minutes old; this closes that
 * window. A signature is remembered until Bolt itself would refuse its timestamp as too old, so memory holds only
 * the last few minutes of genuine traffic. Slack's own retries carry a new timestamp, hence a new signature, and
 * pass.
 */
final class ReplayGuard {

    private final Clock clock;
    private final Duration window;
    private final Map<String, Instant> seenUntil = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.MIN;

    ReplayGuard(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    /**
     * Claims a signature for one request. False when it is already claimed, by an accepted request or by one still
     * being handled (two copies sent at once must not both run).
     *
     * @param timestamp the request's {@code X-Slack-Request-Timestamp} (epoch seconds), possibly malformed
     */
    boolean claim(String signature, String timestamp) {
        Instant now = clock.instant();
        sweep(now);
        Instant until = rememberUntil(timestamp, now);
        Instant previous = seenUntil.putIfAbsent(signature, until);
        if (previous == null) {
            return true;
        }
        if (!previous.isAfter(now)) {
            // Expired but not yet swept: Bolt refuses this timestamp anyway, so the claim is harmless.
            return seenUntil.replace(signature, previous, until);
        }
        return false;
    }

    /** Forgets a claim whose request Bolt refused, so the signature was never accepted. */
    void release(String signature) {
        seenUntil.remove(signature);
    }

    int size() {
        return seenUntil.size();
    }

    private Instant rememberUntil(String timestamp, Instant now) {
        try {
            Instant expires = Instant.ofEpochSecond(Long.parseLong(timestamp.trim())).plus(window);
            // Bolt refuses once now - timestamp reaches the window; the same instant ends the memory.
            return expires.isAfter(now) ? expires : now;
        } catch (RuntimeException malformed) {
            // Bolt refuses a malformed timestamp, so this claim is released right after; hold it briefly meanwhile.
            return now.plus(window);
        }
    }

    private void sweep(Instant now) {
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plusSeconds(10);
        seenUntil.values().removeIf(until -> !until.isAfter(now));
    }
}
