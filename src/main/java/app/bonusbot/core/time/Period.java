package app.bonusbot.core.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar period, both ends inclusive. Its key ({@code 2026-11}, {@code 2026-Q4}, {@code 2026}) is how
 * people type it and how targets are stored.
 */
public record Period(PeriodKind kind, LocalDate start, LocalDate end) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    public Period {
        Objects.requireNonNull(kind, "kind");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + " .. " + end);
        }
    }

    /** Parses {@code 2026-11}, {@code 2026-Q4} or {@code 2026}; empty when the text is none of these. */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        Matcher m = QUARTER.matcher(t);
        if (m.matches()) {
            return Optional.of(PeriodKind.QUARTER.containing(LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1)));
        }
        m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            return Optional.of(PeriodKind.MONTH.containing(LocalDate.of(Integer.parseInt(m.group(1)), month, 1)));
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            return Optional.of(PeriodKind.YEAR.containing(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1)));
        }
        return Optional.empty();
    }

    public String key() {
        return switch (kind) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public Period previous() {
        return kind.containing(start.minusDays(1));
    }

    public Period next() {
        return kind.containing(end.plusDays(1));
    }

    @Override
    public String toString() {
        return key();
    }
}
