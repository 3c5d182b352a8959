package app.bonusbot.core.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of the company's fiscal year, both ends inclusive. Its key ({@code 2026-11}, {@code 2026-Q4}, {@code 2026};
 * {@code FY2027-Q1} and {@code FY2027} when the fiscal year does not start in January) is how people type it and how
 * targets are stored.
 */
public record Period(PeriodKind kind, LocalDate start, LocalDate end, FiscalYear fiscalYear) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(?:[Ff][Yy])?(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(?:[Ff][Yy])?(\\d{4})");

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + " .. " + end);
        }
    }

    /** A period of the calendar year. */
    public Period(PeriodKind kind, LocalDate start, LocalDate end) {
        this(kind, start, end, FiscalYear.CALENDAR);
    }

    /**
     * Parses {@code 2026-11}, {@code 2026-Q4} or {@code 2026} (a quarter or year may say {@code FY}: {@code FY2027-Q1})
     * as the calendar year reads them; {@link FiscalYear#parse} reads them in a fiscal year. Empty when the text is none
     * of these.
     */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        Matcher m = QUARTER.matcher(t);
        if (m.matches()) {
            return Optional.of(FiscalYear.CALENDAR.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.empty();
            }
            return Optional.of(FiscalYear.CALENDAR.containing(PeriodKind.MONTH, LocalDate.of(Integer.parseInt(m.group(1)), month, 1)));
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            return Optional.of(FiscalYear.CALENDAR.year(Integer.parseInt(m.group(1))));
        }
        return Optional.empty();
    }

    public String key() {
        return switch (kind) {
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> yearKey() + "-Q" + quarter();
            case YEAR -> yearKey();
        };
    }

    /** The number of the fiscal year the period starts in (the calendar year when the fiscal year starts in January). */
    public int year() {
        return fiscalYear.yearOf(start);
    }

    /** The quarter of its fiscal year (1 to 4) the period starts in. */
    public int quarter() {
        return fiscalYear.quarterOf(start);
    }

    private String yearKey() {
        return fiscalYear.isCalendar() ? Integer.toString(year()) : "FY" + year();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public Period previous() {
        return fiscalYear.containing(kind, start.minusDays(1));
    }

    public Period next() {
        return fiscalYear.containing(kind, end.plusDays(1));
    }

    @Override
    public String toString() {
        return key();
    }
}
