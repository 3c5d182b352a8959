package app.bonusbot.core.schedule;

import java.time.ZonedDateTime;
import java.util.Optional;

/** When something recurs, in local time of a zone. Implementations are values that tests drive directly. */
public interface Schedule {

    /** The first occurrence strictly after the given moment; empty when there is none. */
    Optional<ZonedDateTime> nextAfter(ZonedDateTime moment);

    /** The last occurrence at or before the given moment; empty when there is none. */
    Optional<ZonedDateTime> latestAtOrBefore(ZonedDateTime moment);
}
