package app.bonusbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a chat platform has delivered lately, by an id it gives each delivery (Slack's event and trigger ids,
 * Discord's interaction ids), so that a delivery sent again (Slack's retries, a Discord gateway resume replaying
 * events) is acknowledged but not acted on twice. Both platforms repeat within minutes, so ids are kept for
 * {@link #KEPT_FOR}, and at most {@link #MOST} of them.
 */
public final class RecentIds {

    static final Duration KEPT_FOR = Duration.ofHours(1);
    static final int MOST = 10_000;

    private final Clock clock;
    /** In order of arrival, so the oldest are at the front. */
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    public RecentIds(Clock clock) {
        this.clock = clock;
    }

    /** True the first time an id is seen (within the last hour), false for a repeat. */
    public synchronized boolean firstTime(String id) {
        Instant now = clock.instant();
        Iterator<Map.Entry<String, Instant>> oldest = seen.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<String, Instant> e = oldest.next();
            if (seen.size() < MOST && e.getValue().plus(KEPT_FOR).isAfter(now)) {
                break;
            }
            oldest.remove();
        }
        return seen.putIfAbsent(id, now) == null;
    }
}
