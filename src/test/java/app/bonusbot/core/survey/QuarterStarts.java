package app.bonusbot.core.survey;

import app.bonusbot.core.schedule.Schedule;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** 10:00 (or another time) on the first day of each quarter, as the cron text {@code 0 10 1 1,4,7,10 *} says. */
record QuarterStarts(ZoneId zone, LocalTime at) implements Schedule {

    @Override
    public Optional<ZonedDateTime> nextAfter(ZonedDateTime moment) {
        ZonedDateTime candidate = quarterStart(moment.withZoneSameInstant(zone));
        while (!candidate.isAfter(moment)) {
            candidate = candidate.toLocalDate().plusMonths(3).atTime(at).atZone(zone);
        }
        return Optional.of(candidate);
    }

    @Override
    public Optional<ZonedDateTime> latestAtOrBefore(ZonedDateTime moment) {
        ZonedDateTime candidate = quarterStart(moment.withZoneSameInstant(zone));
        while (candidate.isAfter(moment)) {
            candidate = candidate.toLocalDate().minusMonths(3).atTime(at).atZone(zone);
        }
        return Optional.of(candidate);
    }

    private ZonedDateTime quarterStart(ZonedDateTime local) {
        int firstMonth = (local.getMonthValue() - 1) / 3 * 3 + 1;
        return local.toLocalDate().withMonth(firstMonth).withDayOfMonth(1).atTime(at).atZone(zone);
    }
}
