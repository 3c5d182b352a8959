package app.bonusbot.chat.slack.transport;

import app.bonusbot.chat.SharedDeliveries;
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
 *
 * <p>The {@link SharedDeliveries} of the store decide, so a replay sent to another bot process than the original is
 * refused there too. This process's own memory is the front: a copy it had itself is refused without asking the store,
 * and when the store cannot answer in time (SQLite's write lock held by an import) the process decides by its own
 * memory rather than keep Slack waiting, as for event ids.
 */
final class ReplayGuard {

    static final String PLATFORM = "slack";
    static final String KIND = "signature";

    private final Clock clock;
    private final Duration window;
    private final SharedDeliveries shared;
    private final Map<String, Instant> seenUntil = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.MIN;

    /** For a process alone with its requests: it decides by its own memory. */
    ReplayGuard(Clock clock, Duration window) {
        this(clock, window, SharedDeliveries.THIS_PROCESS_ONLY);
    }

    ReplayGuard(Clock clock, Duration window, SharedDeliveries shared) {
        this.clock = clock;
        this.window = window;
        this.shared = shared;
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
        if (!claimHere(signature, now, until)) {
            return false;
        }
        // The end of the window is measured from Slack's timestamp; the store keeps it for the same span of its own clock.
        Duration left = Duration.between(now, until);
        return shared.claimFor(PLATFORM, KIND, signature, left.isZero() ? Duration.ofMillis(1) : left) != SharedDeliveries.Verdict.REPEAT;
    }

    /** Forgets a claim whose request Bolt refused, so the signature was never accepted, here or in the store. */
    void release(String signature) {
        seenUntil.remove(signature);
        shared.forget(PLATFORM, KIND, signature);
    }

    private boolean claimHere(String signature, Instant now, Instant until) {
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
