package app.bonusbot.core.time;

import java.time.LocalDate;

/**
 * The length of a bonus period. Periods are calendar months, and quarters and years of the company's
 * {@link FiscalYear}, in the company's zone.
 */
public enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR;

    /** The period of this kind in the given fiscal year that the date falls in. */
    public Period containing(LocalDate date, FiscalYear fiscalYear) {
        return fiscalYear.containing(this, date);
    }

    public String configName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
