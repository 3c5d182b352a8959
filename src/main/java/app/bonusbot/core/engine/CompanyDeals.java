package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.time.DateRange;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * The deal ledger read for every owner at once, for work that covers the whole company (the weekly digest of every
 * team): a few reads in all, where {@link DealFacts} would take a few per person. {@link CompanyAtOnce} answers the
 * engine's questions from what these return.
 */
public interface CompanyDeals {

    /**
     * Every owned deal won or lost in the span, added up: per calendar month for the months wholly inside the span
     * that are not in {@code dayByDay}, per day for the rest of the span.
     *
     * @param dayByDay the months whose days questions will cut into, e.g. the months of the days a digest looks back to
     */
    List<DealSum> sums(DateRange span, Set<YearMonth> dayByDay);

    /** Every owned deal won in the span, oldest first (by close date, then id) for each owner. */
    List<Deal> wonDeals(DateRange span);
}
