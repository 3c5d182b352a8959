package app.bonusbot.core.survey;

import app.bonusbot.core.schedule.Schedule;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Deadline passes on the hour, so a test can drive weeks without 1,440 passes a day. */
record EveryHour() implements Schedule {

    @Override
    public Optional<ZonedDateTime> nextAfter(ZonedDateTime moment) {
        return Optional.of(moment.truncatedTo(ChronoUnit.HOURS).plusHours(1));
    }

    @Override
    public Optional<ZonedDateTime> latestAtOrBefore(ZonedDateTime moment) {
        return Optional.of(moment.truncatedTo(ChronoUnit.HOURS));
    }
}
