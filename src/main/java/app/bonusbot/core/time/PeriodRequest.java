package app.bonusbot.core.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** Which period a person asks about. Each plan answers for its own period kind. */
public sealed interface PeriodRequest {

    /** The plan's period of the given kind in the company's fiscal year that this request means, seen from today. */
    Period resolve(PeriodKind kind, LocalDate today, FiscalYear fiscalYear);

    record Current() implements PeriodRequest {
        @Override
        public Period resolve(PeriodKind kind, LocalDate today, FiscalYear fiscalYear) {
            return kind.containing(today, fiscalYear);
        }
    }

    record Previous() implements PeriodRequest {
        @Override
        public Period resolve(PeriodKind kind, LocalDate today, FiscalYear fiscalYear) {
            return kind.containing(today, fiscalYear).previous();
        }
    }

    /**
     * A named period. A plan of another period kind answers for its period containing the named period's last
     * day, or today while the named period runs. A key read as the calendar year reads it ({@code 2027-Q1}) means
     * what it means in the fiscal year (FY2027 Q1).
     */
    record Explicit(Period period) implements PeriodRequest {
        @Override
        public Period resolve(PeriodKind kind, LocalDate today, FiscalYear fiscalYear) {
            Period named = fiscalYear.named(period);
            if (named.kind() == kind) {
                return named;
            }
            LocalDate reference = named.contains(today) ? today : named.end();
            return kind.containing(reference, fiscalYear);
        }
    }

    /**
     * A period of a given kind counted from today's: {@code last quarter} is the quarter before this one (offset -1)
     * whatever the plan's kind; each plan then answers as for that period named.
     */
    record Relative(PeriodKind kind, int offset) implements PeriodRequest {
        @Override
        public Period resolve(PeriodKind planKind, LocalDate today, FiscalYear fiscalYear) {
            Period period = kind.containing(today, fiscalYear);
            for (int i = 0; i > offset; i--) {
                period = period.previous();
            }
            return new Explicit(period).resolve(planKind, today, fiscalYear);
        }
    }

    /**
     * A quarter named without its year ({@code Q4}, {@code K4}): the latest quarter of that number that has begun,
     * so {@code Q4} asked in January means the quarter that just ended, not one ten months ahead. Quarters of the
     * fiscal year: with a fiscal year starting in April, {@code Q1} is April to June.
     */
    record QuarterOfYear(int quarter) implements PeriodRequest {
        public QuarterOfYear {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("no quarter " + quarter);
            }
        }

        @Override
        public Period resolve(PeriodKind planKind, LocalDate today, FiscalYear fiscalYear) {
            Period named = fiscalYear.quarter(fiscalYear.yearOf(today), quarter);
            if (named.start().isAfter(today)) {
                named = fiscalYear.quarter(fiscalYear.yearOf(today) - 1, quarter);
            }
            return new Explicit(named).resolve(planKind, today, fiscalYear);
        }
    }

    PeriodRequest CURRENT = new Current();
    PeriodRequest PREVIOUS = new Previous();

    /**
     * {@code current}, {@code previous} (also Danish {@code nu}, {@code denne}, {@code forrige}, {@code sidste}), a
     * period key, a quarter without its year ({@code Q4}, Danish {@code K4}; {@code Q4 2026}, {@code 2026-K4}), or
     * a relative word with a period kind ({@code last quarter}, {@code sidste kvartal}, {@code denne måned},
     * {@code forrige år}). Words may be separated by any white space.
     */
    static Optional<PeriodRequest> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(CURRENT);
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (PeriodWords.CURRENT.contains(t)) {
            return Optional.of(CURRENT);
        }
        if (PeriodWords.PREVIOUS.contains(t)) {
            return Optional.of(PREVIOUS);
        }
        return Period.parse(t).<PeriodRequest>map(Explicit::new)
                .or(() -> PeriodWords.quarter(t))
                .or(() -> PeriodWords.relative(t));
    }
}
