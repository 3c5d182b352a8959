package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.time.DateRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The ledger plus one hypothetical deal, for what-if questions. */
public record WithExtraDeal(DealFacts ledger, Deal extra) implements DealFacts {

    @Override
    public Tally tally(String ownerId, DateRange range, DealFilter filter) {
        return ledger.tally(ownerId, range, filter).plus(new DealList(List.of(extra)).tally(ownerId, range, filter));
    }

    @Override
    public List<Deal> wonDeals(String ownerId, DateRange range, DealFilter filter) {
        List<Deal> all = new ArrayList<>(ledger.wonDeals(ownerId, range, filter));
        all.addAll(new DealList(List.of(extra)).wonDeals(ownerId, range, filter));
        all.sort(Comparator.comparing(Deal::closeDate));
        return all;
    }
}
