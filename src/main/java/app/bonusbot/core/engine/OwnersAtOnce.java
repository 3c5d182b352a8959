package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.time.DateRange;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deal facts for the statements of a known set of owners (a team), for one answer: the first owner's tally for a
 * range and filter fetches all the owners' tallies in one grouped read, the others are then looked up. A team of
 * hundreds thus costs one read per plan period, not one per member.
 */
final class OwnersAtOnce implements DealFacts {

    private record Key(DateRange range, DealFilter filter) {}

    private final DealFacts facts;
    private final List<String> owners;
    private final Set<String> known;
    private final Map<Key, Map<String, Tally>> fetched = new HashMap<>();

    OwnersAtOnce(DealFacts facts, List<String> owners) {
        this.facts = facts;
        this.owners = List.copyOf(owners);
        this.known = Set.copyOf(owners);
    }

    @Override
    public Tally tally(String ownerId, DateRange range, DealFilter filter) {
        if (!known.contains(ownerId)) {
            return facts.tally(ownerId, range, filter);
        }
        return fetched.computeIfAbsent(new Key(range, filter), k -> facts.tallies(owners, range, filter)).getOrDefault(ownerId, Tally.NONE);
    }

    @Override
    public Map<String, Tally> tallies(Collection<String> ownerIds, DateRange range, DealFilter filter) {
        return facts.tallies(ownerIds, range, filter);
    }

    @Override
    public List<Deal> wonDeals(String ownerId, DateRange range, DealFilter filter) {
        return facts.wonDeals(ownerId, range, filter);
    }
}
