package app.bonusbot.store;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Tally;
import app.bonusbot.core.time.DateRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One owner's closed deals of a span of days, read in one statement the first time an answer asks about them; every
 * tally and won-deal list of that owner within the span is then worked out from them, so that a status of several
 * plans costs one read instead of one per plan and milestone rule. A seller closes a few dozen deals a quarter, so
 * the read is small. Selects exactly what {@link DealLedger}'s own queries select (the same columns compared the same
 * way); anything else is asked of the ledger. For one answer: it does not see later writes.
 */
final class OwnerDeals implements DealFacts {

    /** A closed deal as stored, with the keys filters compare (lower-cased in Java on the way in, see DealRow). */
    private record Closed(DealRow row, String productKey, String pipelineKey) {

        boolean won() {
            return "won".equals(row.outcome());
        }
    }

    private final DealLedger ledger;
    private final Database db;
    private final String ownerId;
    private final DateRange span;
    private List<Closed> closed;

    OwnerDeals(DealLedger ledger, Database db, String ownerId, DateRange span) {
        this.ledger = ledger;
        this.db = db;
        this.ownerId = ownerId;
        this.span = span;
    }

    @Override
    public Tally tally(String owner, DateRange range, DealFilter filter) {
        if (!covers(owner, range)) {
            return ledger.tally(owner, range, filter);
        }
        long wonCents = 0;
        long won = 0;
        long lost = 0;
        for (Closed deal : closed()) {
            if (matches(deal, range, filter)) {
                if (deal.won()) {
                    wonCents += deal.row().amountCents();
                    won++;
                } else {
                    lost++;
                }
            }
        }
        return new Tally(Cents.toAmount(wonCents), won, lost);
    }

    @Override
    public List<Deal> wonDeals(String owner, DateRange range, DealFilter filter) {
        if (!covers(owner, range)) {
            return ledger.wonDeals(owner, range, filter);
        }
        List<Deal> deals = new ArrayList<>();
        for (Closed deal : closed()) {
            if (deal.won() && matches(deal, range, filter)) {
                deals.add(deal.row().toDeal());
            }
        }
        return deals;
    }

    @Override
    public Map<String, Tally> tallies(Collection<String> ownerIds, DateRange range, DealFilter filter) {
        return ledger.tallies(ownerIds, range, filter);
    }

    @Override
    public DealFacts forOwner(String owner, DateRange days) {
        return covers(owner, days) ? this : ledger.forOwner(owner, days);
    }

    private boolean covers(String owner, DateRange range) {
        return ownerId.equals(owner) && !range.from().isBefore(span.from()) && !range.to().isAfter(span.to());
    }

    /** As DealQuery's WHERE clause: ISO dates compare as text, the filter's values are stored lower-cased. */
    private static boolean matches(Closed deal, DateRange range, DealFilter filter) {
        String closeDate = deal.row().closeDate();
        return closeDate.compareTo(range.from().toString()) >= 0
                && closeDate.compareTo(range.to().toString()) <= 0
                && in(filter.dealTypes(), deal.row().dealType())
                && in(filter.products(), deal.productKey())
                && in(filter.pipelines(), deal.pipelineKey())
                && (filter.minAmount() == null || deal.row().amountCents() >= DealQuery.minCents(filter.minAmount()));
    }

    /** SQL's {@code column IN (...)}: a deal without the value matches no list. */
    private static boolean in(Set<String> values, String key) {
        return values.isEmpty() || (key != null && values.contains(key));
    }

    private List<Closed> closed() {
        if (closed == null) {
            // In close-date order as the ledger's lists are, from the closed deals' covering index alone (V9). A deal
            // held back for want of an exchange rate counts for nothing, as in the ledger's own queries.
            closed = db.jdbi().withHandle(h -> h.createQuery("SELECT " + DealRow.COLUMNS + ", product_key, pipeline_key FROM deals"
                            + " WHERE owner_id = :owner AND close_date >= :from AND close_date <= :to AND " + DealLedger.CLOSED_COUNTING
                            + " ORDER BY close_date, deal_id")
                    .bind("owner", ownerId)
                    .bind("from", span.from().toString())
                    .bind("to", span.to().toString())
                    .map((rs, ctx) -> new Closed(DealRow.read(rs), rs.getString("product_key"), rs.getString("pipeline_key")))
                    .list());
        }
        return closed;
    }
}
