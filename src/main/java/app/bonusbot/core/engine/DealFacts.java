package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.time.DateRange;
import java.util.List;

/**
 * The engine's only view of the deal ledger: aggregates for one owner and date range, so that evaluating a
 * seller never needs the whole table.
 */
public interface DealFacts {

    /** Won amount and won/lost counts of the owner's deals closed within the range that match the filter. */
    Tally tally(String ownerId, DateRange range, DealFilter filter);

    /** The owner's won deals closed within the range that match the filter, oldest first. */
    List<Deal> wonDeals(String ownerId, DateRange range, DealFilter filter);
}
