package app.bonusbot.core.survey;

import app.bonusbot.core.schedule.Schedule;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The start of every minute: how often open rounds are looked over for reminders and deadlines. */
public record EveryMinute() implements Schedule {

    @Override
    public Optional<ZonedDateTime> nextAfter(ZonedDateTime moment) {
        return Optional.of(moment.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1));
    }

    @Override
    public Optional<ZonedDateTime> latestAtOrBefore(ZonedDateTime moment) {
        return Optional.of(moment.truncatedTo(ChronoUnit.MINUTES));
    }
}
