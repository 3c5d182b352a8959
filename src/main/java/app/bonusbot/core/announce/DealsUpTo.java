package app.bonusbot.core.announce;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Tally;
import app.bonusbot.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The ledger as it stood at the end of a day: deals closed after it are left out. The engine counts every deal of
 * a period, so this is how a post sees a member's attainment as of the previous post.
 */
final class DealsUpTo implements DealFacts {

    private final DealFacts ledger;
    private final LocalDate lastDay;

    DealsUpTo(DealFacts ledger, LocalDate lastDay) {
        this.ledger = ledger;
        this.lastDay = lastDay;
    }

    @Override
    public Tally tally(String ownerId, DateRange range, DealFilter filter) {
        return clipped(range).map(r -> ledger.tally(ownerId, r, filter)).orElse(Tally.NONE);
    }

    @Override
    public List<Deal> wonDeals(String ownerId, DateRange range, DealFilter filter) {
        return clipped(range).map(r -> ledger.wonDeals(ownerId, r, filter)).orElse(List.of());
    }

    private Optional<DateRange> clipped(DateRange range) {
        return range.clip(null, lastDay);
    }
}
