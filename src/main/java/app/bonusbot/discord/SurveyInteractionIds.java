package app.bonusbot.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The survey interactions handled lately, by Discord's interaction id (unique per click or modal submit), so that an
 * interaction delivered twice (a gateway resume replays events) stores its answer once. An interaction can only be
 * answered for 15 minutes, so ids are kept for {@link #KEPT_FOR}, and at most {@link #MOST} of them.
 */
final class SurveyInteractionIds {

    static final Duration KEPT_FOR = Duration.ofHours(1);
    static final int MOST = 10_000;

    private final Clock clock;
    /** In order of arrival, so the oldest are at the front. */
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    SurveyInteractionIds(Clock clock) {
        this.clock = clock;
    }

    /** True the first time an id is seen (within the last hour), false for a repeat. */
    synchronized boolean firstTime(String interactionId) {
        Instant now = clock.instant();
        Iterator<Map.Entry<String, Instant>> oldest = seen.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<String, Instant> e = oldest.next();
            if (seen.size() < MOST && e.getValue().plus(KEPT_FOR).isAfter(now)) {
                break;
            }
            oldest.remove();
        }
        return seen.putIfAbsent(interactionId, now) == null;
    }
}
