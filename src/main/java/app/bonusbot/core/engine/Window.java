package app.bonusbot.core.engine;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.Period;
import java.time.LocalDate;
import java.util.Optional;

/** A period seen from a given day: how far in it is, for a person's active days. */
record Window(Period period, LocalDate today) {

    LocalDate asOf() {
        if (today.isBefore(period.start())) {
            return period.start();
        }
        return today.isAfter(period.end()) ? period.end() : today;
    }

    DateRange range() {
        return DateRange.of(period);
    }

    boolean running() {
        return period.contains(today) && today.isBefore(period.end());
    }

    Proration proration(Person person) {
        long active = person.activeWithin(range()).map(DateRange::days).orElse(0L);
        return new Proration(active, period.days());
    }

    /** Elapsed and total active days, while the period runs and the person is working in it. */
    Optional<long[]> paceDays(Person person) {
        if (!running()) {
            return Optional.empty();
        }
        Optional<DateRange> active = person.activeWithin(range());
        if (active.isEmpty() || today.isBefore(active.get().from()) || !today.isBefore(active.get().to())) {
            return Optional.empty();
        }
        long elapsed = new DateRange(active.get().from(), today).days();
        return Optional.of(new long[] {elapsed, active.get().days()});
    }
}
