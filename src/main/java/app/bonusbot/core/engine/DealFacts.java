package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.time.DateRange;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's only view of the deal ledger: aggregates for one owner and date range, so that evaluating a
 * seller never needs the whole table.
 */
public interface DealFacts {

    /** Won amount and won/lost counts of the owner's deals closed within the range that match the filter. */
    Tally tally(String ownerId, DateRange range, DealFilter filter);

    /**
     * The tallies of several owners at once (a team): one entry per owner asked about, {@link Tally#NONE} for an
     * owner without deals. A ledger answers this in one query; the default asks owner by owner.
     */
    default Map<String, Tally> tallies(Collection<String> ownerIds, DateRange range, DealFilter filter) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String ownerId : ownerIds) {
            tallies.put(ownerId, tally(ownerId, range, filter));
        }
        return tallies;
    }

    /** The owner's won deals closed within the range that match the filter, oldest first. */
    List<Deal> wonDeals(String ownerId, DateRange range, DealFilter filter);

    /**
     * The same facts, for an answer about one owner whose questions all fall within the span: a ledger then reads that
     * owner's deals of the span once and answers every plan's tally and deal list from them, rather than one read per
     * question. Questions about other owners or ranges are answered as here. Lives for one answer; the default is this.
     */
    default DealFacts forOwner(String ownerId, DateRange span) {
        return this;
    }
}
