package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.time.DateRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The ledger plus one hypothetical deal, for what-if questions. */
public record WithExtraDeal(DealFacts ledger, Deal extra) implements DealFacts {

    /** The ledger plus a hypothetical deal won on the given date, without product or pipeline. */
    public static WithExtraDeal wonDeal(DealFacts ledger, String ownerId, java.math.BigDecimal amount, String dealType, java.time.LocalDate date) {
        return new WithExtraDeal(ledger, new Deal("what-if", "what-if", amount, date, "won", app.bonusbot.core.deal.Outcome.WON, ownerId, dealType, null, null));
    }

    @Override
    public Tally tally(String ownerId, DateRange range, DealFilter filter) {
        return ledger.tally(ownerId, range, filter).plus(new DealList(List.of(extra)).tally(ownerId, range, filter));
    }

    @Override
    public java.util.Map<String, Tally> tallies(java.util.Collection<String> ownerIds, DateRange range, DealFilter filter) {
        java.util.Map<String, Tally> tallies = new java.util.LinkedHashMap<>(ledger.tallies(ownerIds, range, filter));
        if (extra.ownerId() != null && tallies.containsKey(extra.ownerId())) {
            tallies.put(extra.ownerId(), tallies.get(extra.ownerId()).plus(new DealList(List.of(extra)).tally(extra.ownerId(), range, filter)));
        }
        return tallies;
    }

    @Override
    public DealFacts forOwner(String ownerId, DateRange span) {
        return new WithExtraDeal(ledger.forOwner(ownerId, span), extra);
    }

    @Override
    public List<Deal> wonDeals(String ownerId, DateRange range, DealFilter filter) {
        List<Deal> all = new ArrayList<>(ledger.wonDeals(ownerId, range, filter));
        all.addAll(new DealList(List.of(extra)).wonDeals(ownerId, range, filter));
        all.sort(Comparator.comparing(Deal::closeDate).thenComparing(Deal::id));
        return all;
    }
}
