package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.time.DateRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ledger with some deals as they were before a change: their rows as the ledger counts them now are taken out and
 * their older rows put in, without touching the store. What a recheck evaluates to tell each changed deal's share of
 * a difference apart, in the spirit of {@link WithExtraDeal}.
 *
 * @param now the deals' rows as the ledger counts them now (a deal it does not count, such as one held back, is left out)
 * @param before their rows before the change (a deal that did not exist or did not count then is left out)
 * @param changedIds the ids of every deal put back, whether in either list or not
 */
public record WithDealsAsBefore(DealFacts ledger, List<Deal> now, List<Deal> before, Set<String> changedIds) implements DealFacts {

    public WithDealsAsBefore {
        now = List.copyOf(now);
        before = List.copyOf(before);
        changedIds = Set.copyOf(changedIds);
    }

    @Override
    public Tally tally(String ownerId, DateRange range, DealFilter filter) {
        return corrected(ownerId, ledger.tally(ownerId, range, filter), range, filter);
    }

    @Override
    public Map<String, Tally> tallies(Collection<String> ownerIds, DateRange range, DealFilter filter) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        ledger.tallies(ownerIds, range, filter).forEach((owner, tally) -> tallies.put(owner, corrected(owner, tally, range, filter)));
        return tallies;
    }

    private Tally corrected(String ownerId, Tally counted, DateRange range, DealFilter filter) {
        return counted.minus(new DealList(now).tally(ownerId, range, filter)).plus(new DealList(before).tally(ownerId, range, filter));
    }

    @Override
    public List<Deal> wonDeals(String ownerId, DateRange range, DealFilter filter) {
        List<Deal> all = ledger.wonDeals(ownerId, range, filter).stream().filter(d -> !changedIds.contains(d.id())).collect(Collectors.toCollection(ArrayList::new));
        all.addAll(new DealList(before).wonDeals(ownerId, range, filter));
        all.sort(Comparator.comparing(Deal::closeDate).thenComparing(Deal::id));
        return all;
    }

    @Override
    public DealFacts forOwner(String ownerId, DateRange span) {
        return new WithDealsAsBefore(ledger.forOwner(ownerId, span), now, before, changedIds);
    }
}
