package app.bonusbot.core.engine;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.Period;
import java.time.LocalDate;
import java.util.List;
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

    /** The person's active days out of the period's, counting only the enrolled days (in date order). */
    Proration proration(Person person, List<DateRange> enrolled) {
        return new Proration(active(person, enrolled).stream().mapToLong(DateRange::days).sum(), period.days());
    }

    /** Elapsed and total active enrolled days, while the period runs and the person is working on the plan in it. */
    Optional<long[]> paceDays(Person person, List<DateRange> enrolled) {
        if (!running()) {
            return Optional.empty();
        }
        List<DateRange> active = active(person, enrolled);
        if (active.isEmpty() || today.isBefore(active.get(0).from()) || !today.isBefore(active.get(active.size() - 1).to())) {
            return Optional.empty();
        }
        long elapsed = active.stream().map(r -> r.clip(null, today)).flatMap(Optional::stream).mapToLong(DateRange::days).sum();
        long total = active.stream().mapToLong(DateRange::days).sum();
        return Optional.of(new long[] {elapsed, total});
    }

    private static List<DateRange> active(Person person, List<DateRange> enrolled) {
        return enrolled.stream().map(person::activeWithin).flatMap(Optional::stream).toList();
    }
}
