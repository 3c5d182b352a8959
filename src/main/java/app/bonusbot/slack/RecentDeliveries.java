package app.bonusbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What Slack has delivered lately, by event id or trigger id, so that a delivery Slack retries (its
 * {@code X-Slack-Retry-Num}, or Socket Mode's {@code retry_attempt}) is acknowledged but not acted on twice. Slack
 * retries within minutes, so ids are kept for {@link #KEPT_FOR}, and at most {@link #MOST} of them.
 */
final class RecentDeliveries {

    static final Duration KEPT_FOR = Duration.ofHours(1);
    static final int MOST = 10_000;

    private final Clock clock;
    /** In order of arrival, so the oldest are at the front. */
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    RecentDeliveries(Clock clock) {
        this.clock = clock;
    }

    /** True the first time an id is seen (within the last hour), false for a repeat. */
    synchronized boolean firstTime(String id) {
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
