package app.bonusbot.core.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Which period a person asks about. Each plan answers for its own period kind. */
public sealed interface PeriodRequest {

    /** The plan's period of the given kind that this request means, seen from today. */
    Period resolve(PeriodKind kind, LocalDate today);

    record Current() implements PeriodRequest {
        @Override
        public Period resolve(PeriodKind kind, LocalDate today) {
            return kind.containing(today);
        }
    }

    record Previous() implements PeriodRequest {
        @Override
        public Period resolve(PeriodKind kind, LocalDate today) {
            return kind.containing(today).previous();
        }
    }

    /**
     * A named period. A plan of another period kind answers for its period containing the named period's last
     * day, or today while the named period runs.
     */
    record Explicit(Period period) implements PeriodRequest {
        @Override
        public Period resolve(PeriodKind kind, LocalDate today) {
            if (period.kind() == kind) {
                return period;
            }
            LocalDate reference = period.contains(today) ? today : period.end();
            return kind.containing(reference);
        }
    }

    PeriodRequest CURRENT = new Current();
    PeriodRequest PREVIOUS = new Previous();

    /** {@code current}, {@code previous} (also Danish {@code nu}, {@code forrige}), or a period key. */
    static Optional<PeriodRequest> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(CURRENT);
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "current", "now", "this", "nu", "denne", "nuværende" -> Optional.of(CURRENT);
            case "previous", "last", "prev", "forrige", "sidste" -> Optional.of(PREVIOUS);
            default -> Period.parse(t).map(Explicit::new);
        };
    }
}
