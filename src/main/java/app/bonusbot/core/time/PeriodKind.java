package app.bonusbot.core.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The length of a bonus period. Periods are calendar months, quarters and years in the company's zone. */
public enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR;

    public Period containing(LocalDate date) {
        return switch (this) {
            case MONTH -> new Period(this, date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth()));
            case QUARTER -> {
                int quarter = date.get(IsoFields.QUARTER_OF_YEAR);
                LocalDate start = LocalDate.of(date.getYear(), (quarter - 1) * 3 + 1, 1);
                LocalDate end = start.plusMonths(3).minusDays(1);
                yield new Period(this, start, end);
            }
            case YEAR -> new Period(this, LocalDate.of(date.getYear(), 1, 1), LocalDate.of(date.getYear(), 12, 31));
        };
    }

    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
