package app.bonusbot.core.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.Optional;

/**
 * The company's fiscal year: the month it starts in ({@code fiscal_year_start}); quarters and years follow it, months do
 * not. A fiscal year is named after the calendar year in which it ends, so April 2026 to March 2027 is FY2027. Starting
 * in January it is the calendar year, and periods keep their calendar keys and labels.
 */
public record FiscalYear(Month start) {

    public static final FiscalYear CALENDAR = new FiscalYear(Month.JANUARY);

    public FiscalYear {
        Objects.requireNonNull(start, "start");
    }

    public boolean isCalendar() {
        return start == Month.JANUARY;
    }

    /** The number of the fiscal year the date falls in: the calendar year in which that fiscal year ends. */
    public int yearOf(LocalDate date) {
        return isCalendar() || date.getMonthValue() < start.getValue() ? date.getYear() : date.getYear() + 1;
    }

    /** Which quarter (1 to 4) of its fiscal year the date falls in. */
    public int quarterOf(LocalDate date) {
        return Math.floorMod(date.getMonthValue() - start.getValue(), 12) / 3 + 1;
    }

    /** The first day of fiscal year {@code year}. */
    public LocalDate firstDay(int year) {
        return LocalDate.of(isCalendar() ? year : year - 1, start, 1);
    }

    /** The period of the given kind that the date falls in. */
    public Period containing(PeriodKind kind, LocalDate date) {
        return switch (kind) {
            case MONTH -> new Period(kind, date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth()), this);
            case QUARTER -> quarter(yearOf(date), quarterOf(date));
            case YEAR -> year(yearOf(date));
        };
    }

    /** Quarter {@code quarter} (1 to 4) of fiscal year {@code year}. */
    public Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("no quarter " + quarter);
        }
        LocalDate first = firstDay(year).plusMonths(3L * (quarter - 1));
        return new Period(PeriodKind.QUARTER, first, first.plusMonths(3).minusDays(1), this);
    }

    public Period year(int year) {
        LocalDate first = firstDay(year);
        return new Period(PeriodKind.YEAR, first, first.plusYears(1).minusDays(1), this);
    }

    /**
     * The period a key means in this fiscal year: {@code 2027-Q1} (or {@code FY2027-Q1}) is the first quarter of
     * FY2027, {@code 2027} (or {@code FY2027}) is FY2027, {@code 2026-11} is November 2026 whatever the fiscal year.
     * Empty when the text is no period key.
     */
    public Optional<Period> parse(String text) {
        return Period.parse(text).map(this::named);
    }

    /**
     * A period named by its key as the calendar year reads it ({@link Period#parse}) as this fiscal year reads the same
     * key: calendar Q1 2027 becomes FY2027 Q1. A period already of this fiscal year is itself.
     */
    public Period named(Period named) {
        if (named.fiscalYear().equals(this)) {
            return named;
        }
        FiscalYear was = named.fiscalYear();
        return switch (named.kind()) {
            case MONTH -> new Period(PeriodKind.MONTH, named.start(), named.end(), this);
            case QUARTER -> quarter(was.yearOf(named.start()), was.quarterOf(named.start()));
            case YEAR -> year(was.yearOf(named.start()));
        };
    }
}
