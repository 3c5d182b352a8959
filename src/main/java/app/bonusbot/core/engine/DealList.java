package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Deal facts over a list held in memory: for what-if deals on top of the ledger, and for tests. */
public record DealList(List<Deal> deals) implements DealFacts {

    public DealList {
        deals = List.copyOf(deals);
    }

    @Override
    public Tally tally(String ownerId, DateRange range, DealFilter filter) {
        BigDecimal won = BigDecimal.ZERO;
        long wonCount = 0;
        long lostCount = 0;
        for (Deal d : matching(ownerId, range, filter).toList()) {
            if (d.outcome() == Outcome.WON) {
                won = won.add(d.amount());
                wonCount++;
            } else if (d.outcome() == Outcome.LOST) {
                lostCount++;
            }
        }
        return new Tally(won, wonCount, lostCount);
    }

    @Override
    public List<Deal> wonDeals(String ownerId, DateRange range, DealFilter filter) {
        return matching(ownerId, range, filter)
                .filter(d -> d.outcome() == Outcome.WON)
                .sorted(Comparator.comparing(Deal::closeDate).thenComparing(Deal::id))
                .toList();
    }

    private Stream<Deal> matching(String ownerId, DateRange range, DealFilter filter) {
        return deals.stream()
                .filter(d -> ownerId.equals(d.ownerId()) && d.closeDate() != null && range.contains(d.closeDate()) && filter.matches(d));
    }
}
