package app.bonusbot.store;

import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.engine.Tally;
import app.bonusbot.core.time.DateRange;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The members' tallies of a team for a range and filter, kept in memory for as long as the store's
 * {@link DataVersion} stays the same. Every write that changes deals bumps that version in its own transaction, so
 * an entry stands for exactly the deals it was summed from: the next answer after an import, by any process, sums
 * again. Needed because a seller closes a handful of deals a month: pre-aggregated by month and filter values, a team
 * of thousands still has tens of thousands of rows for a quarter, summed again by every member's status otherwise.
 */
final class TeamTallies {

    /** Tallies held at most, over all entries: a few MB, and room for every team plan of a thousand teams. */
    private static final int MAX_TALLIES = 200_000;

    private record Key(List<String> ownerIds, DateRange range, DealFilter filter) {}

    private final Map<Key, Map<String, Tally>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long version = -1;
    private int held;

    /**
     * The owners' tallies as of the version, summed by {@code sum} unless already known for this version. The sum runs
     * outside the lock, so that one team's sum does not hold up another team's answer.
     */
    Map<String, Tally> get(long asOf, List<String> ownerIds, DateRange range, DealFilter filter, Supplier<Map<String, Tally>> sum) {
        Key key = new Key(List.copyOf(ownerIds), range, filter);
        synchronized (this) {
            if (asOf == version) {
                Map<String, Tally> known = entries.get(key);
                if (known != null) {
                    return known;
                }
            }
        }
        Map<String, Tally> summed = Collections.unmodifiableMap(sum.get());
        synchronized (this) {
            if (asOf > version) {
                entries.clear();
                held = 0;
                version = asOf;
            }
            if (asOf == version && entries.put(key, summed) == null) {
                held += summed.size();
                Iterator<Map<String, Tally>> eldest = entries.values().iterator();
                while (held > MAX_TALLIES && eldest.hasNext()) {
                    Map<String, Tally> gone = eldest.next();
                    if (gone != summed) {
                        held -= gone.size();
                        eldest.remove();
                    }
                }
            }
        }
        return summed;
    }
}
