package app.bonusbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a chat platform has delivered lately, by the kind and id it gives each delivery (Slack's event and trigger ids,
 * Discord's interaction ids), so that a delivery sent again (Slack's retries, a Discord gateway resume replaying
 * events) is acknowledged but not acted on twice. Both platforms repeat within minutes, so ids are kept for
 * {@link #KEPT_FOR}.
 *
 * <p>The {@link SharedDeliveries} of the store decide, so a repeat that reaches another bot process is recognised too;
 * this process's own memory (at most {@link #MOST} ids) answers a repeat it had itself without asking the store, and
 * decides alone only when the store could not answer in time.
 */
public final class RecentIds {

    static final Duration KEPT_FOR = Duration.ofHours(1);
    static final int MOST = 10_000;

    private final Clock clock;
    private final String platform;
    private final SharedDeliveries shared;
    /** In order of arrival, so the oldest are at the front. */
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    /** For a process alone with its platform: it decides by its own memory. */
    public RecentIds(Clock clock) {
        this(clock, "", SharedDeliveries.THIS_PROCESS_ONLY);
    }

    /** The platform's name in the shared memory, e.g. {@code slack}. */
    public String platform() {
        return platform;
    }

    /** @param platform the platform's name in the shared memory, e.g. {@code slack} */
    public RecentIds(Clock clock, String platform, SharedDeliveries shared) {
        this.clock = clock;
        this.platform = platform;
        this.shared = shared;
    }

    /** True the first time a delivery is seen by any process on the store (within the last hour), false for a repeat. */
    public boolean firstTime(String kind, String id) {
        return firstTime(kind, id, keepUntil -> shared.claim(platform, kind, id, keepUntil));
    }

    /**
     * As {@link #firstTime(String, String)}, with the store asked by {@code sharedClaim} (given the time to keep the
     * id until), e.g. one that also records the answer the delivery is owed.
     */
    public boolean firstTime(String kind, String id, Function<Instant, SharedDeliveries.Verdict> sharedClaim) {
        Instant now;
        synchronized (this) {
            now = clock.instant();
            forgetOld(now);
            if (seen.putIfAbsent(kind + " " + id, now) != null) {
                return false;
            }
        }
        // Claimed in this process; now the store, outside the lock, so answers do not queue behind each other's write.
        return sharedClaim.apply(now.plus(KEPT_FOR)) != SharedDeliveries.Verdict.REPEAT;
    }

    private void forgetOld(Instant now) {
        Iterator<Map.Entry<String, Instant>> oldest = seen.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<String, Instant> e = oldest.next();
            if (seen.size() < MOST && e.getValue().plus(KEPT_FOR).isAfter(now)) {
                break;
            }
            oldest.remove();
        }
    }
}
