package app.bonusbot.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Days from one date to another, both inclusive, where either end may be open (null): "since always" or "from then
 * on". Dated team memberships and plan enrolments are spans.
 */
public record DateSpan(LocalDate from, LocalDate to) {

    public static final DateSpan ALWAYS = new DateSpan(null, null);

    public DateSpan {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("span ends before it starts: " + from + " .. " + to);
        }
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    public boolean isAlways() {
        return from == null && to == null;
    }

    /** The days of the range in this span; empty when none. */
    public Optional<DateRange> within(DateRange range) {
        return range.clip(from, to);
    }

    /** The days two spans share; empty when none. */
    public Optional<DateSpan> and(DateSpan other) {
        LocalDate f = from == null ? other.from : other.from == null || other.from.isBefore(from) ? from : other.from;
        LocalDate t = to == null ? other.to : other.to == null || other.to.isAfter(to) ? to : other.to;
        return f != null && t != null && t.isBefore(f) ? Optional.empty() : Optional.of(new DateSpan(f, t));
    }

    /** Ranges in date order with touching and overlapping ones joined: the same days, each once. */
    public static List<DateRange> joined(List<DateRange> ranges) {
        List<DateRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(DateRange::from));
        List<DateRange> joined = new ArrayList<>();
        for (DateRange r : sorted) {
            DateRange last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && !r.from().isAfter(last.to().plusDays(1))) {
                joined.set(joined.size() - 1, new DateRange(last.from(), r.to().isAfter(last.to()) ? r.to() : last.to()));
            } else {
                joined.add(r);
            }
        }
        return List.copyOf(joined);
    }
}
