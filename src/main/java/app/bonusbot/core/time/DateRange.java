package app.bonusbot.core.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Inclusive range of dates. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + " .. " + to);
        }
    }

    public static DateRange of(Period period) {
        return new DateRange(period.start(), period.end());
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The overlap with [from, to] where either end may be open (null); empty when they do not meet. */
    public Optional<DateRange> clip(LocalDate openFrom, LocalDate openTo) {
        LocalDate f = openFrom == null || openFrom.isBefore(from) ? from : openFrom;
        LocalDate t = openTo == null || openTo.isAfter(to) ? to : openTo;
        return t.isBefore(f) ? Optional.empty() : Optional.of(new DateRange(f, t));
    }
}
