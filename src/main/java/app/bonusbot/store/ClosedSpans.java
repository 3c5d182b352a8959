package app.bonusbot.store;

import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The periods closed now, read once per write of deals: whether a deal's close date, before or after the write, lies in
 * one decides whether the write records a recheck. With no period closed (most companies, every benchmark) this is
 * one read of an empty table per write.
 */
record ClosedSpans(List<Period> periods) {

    static final ClosedSpans NONE = new ClosedSpans(List.of());

    static ClosedSpans read(Handle h, FiscalYear fiscalYear) {
        List<Period> closed = h.createQuery("SELECT period_key FROM period_closes WHERE state = 'closed'")
                .mapTo(String.class)
                .list()
                .stream()
                .map(fiscalYear::parse)
                .flatMap(Optional::stream)
                .toList();
        return closed.isEmpty() ? NONE : new ClosedSpans(closed);
    }

    boolean isEmpty() {
        return periods.isEmpty();
    }

    /** The closed period an ISO close date lies in; empty for none or no date. */
    Optional<Period> of(String closeDate) {
        if (closeDate == null || periods.isEmpty()) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.parse(closeDate);
        return periods.stream().filter(p -> p.contains(day)).findFirst();
    }

    /** The closed period a deal's row before or after a write touches, the new close date's first. */
    Optional<Period> touched(DealRow before, DealRow after) {
        Optional<Period> now = after == null ? Optional.empty() : of(after.closeDate());
        return now.isPresent() || before == null ? now : of(before.closeDate());
    }
}
