package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deal facts for every owner of the company at once, over a span of days known beforehand: the weekly digest of every
 * team. The first question reads every owner's sums of the span in one go ({@link CompanyDeals}); each range and
 * filter asked about is then added up in memory for all owners together, once. Where the sums cannot tell (a
 * minimum amount, a range reaching outside the span or into a month summed whole) the question goes to the ledger
 * as it would have. Lives as long as that piece of work; safe to share between threads.
 */
public final class CompanyAtOnce implements DealFacts {

    /** What the ledger answers for an owner without deals: its sums are in cents. */
    private static final Tally NO_DEALS = new Tally(BigDecimal.valueOf(0, 2), 0, 0);

    private record Key(DateRange range, DealFilter filter) {}

    private final DealFacts ledger;
    private final CompanyDeals company;
    private final DateRange tallySpan;
    private final DateRange wonSpan;
    private final Set<YearMonth> dayByDay;
    private final Map<Key, Optional<Map<String, Tally>>> answered = new ConcurrentHashMap<>();
    private List<DealSum> sums;
    private Map<String, List<Deal>> won;

    /**
     * @param tallySpan the days sums are asked about
     * @param wonSpan the days lists of won deals are asked about
     * @param dayByDay the months whose days questions cut into (see {@link CompanyDeals#sums})
     */
    public CompanyAtOnce(DealFacts ledger, CompanyDeals company, DateRange tallySpan, DateRange wonSpan, Set<YearMonth> dayByDay) {
        this.ledger = ledger;
        this.company = company;
        this.tallySpan = tallySpan;
        this.wonSpan = wonSpan;
        this.dayByDay = Set.copyOf(dayByDay);
    }

    @Override
    public Tally tally(String ownerId, DateRange range, DealFilter filter) {
        Optional<Map<String, Tally>> everyone = everyone(range, filter);
        return everyone.isPresent() ? everyone.get().getOrDefault(ownerId, NO_DEALS) : ledger.tally(ownerId, range, filter);
    }

    @Override
    public Map<String, Tally> tallies(Collection<String> ownerIds, DateRange range, DealFilter filter) {
        Optional<Map<String, Tally>> everyone = everyone(range, filter);
        if (everyone.isEmpty()) {
            return ledger.tallies(ownerIds, range, filter);
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (String ownerId : ownerIds) {
            tallies.put(ownerId, everyone.get().getOrDefault(ownerId, NO_DEALS));
        }
        return tallies;
    }

    @Override
    public List<Deal> wonDeals(String ownerId, DateRange range, DealFilter filter) {
        if (!within(wonSpan, range)) {
            return ledger.wonDeals(ownerId, range, filter);
        }
        return wonByOwner().getOrDefault(ownerId, List.of()).stream()
                .filter(d -> range.contains(d.closeDate()) && filter.matches(d))
                .toList();
    }

    private Optional<Map<String, Tally>> everyone(DateRange range, DealFilter filter) {
        if (filter.minAmount() != null || !within(tallySpan, range)) {
            return Optional.empty();
        }
        return answered.computeIfAbsent(new Key(range, filter), key -> addUp(sums(), key.range(), key.filter()));
    }

    /** Every owner's tally of the range, or empty when a sum straddles one of its ends. */
    private static Optional<Map<String, Tally>> addUp(List<DealSum> sums, DateRange range, DealFilter filter) {
        Map<String, long[]> added = new HashMap<>();
        for (DealSum sum : sums) {
            boolean inside = !sum.first().isBefore(range.from()) && !sum.last().isAfter(range.to());
            if (!inside) {
                if (!sum.last().isBefore(range.from()) && !sum.first().isAfter(range.to())) {
                    return Optional.empty();
                }
                continue;
            }
            if (matches(filter.dealTypes(), sum.dealType()) && matches(filter.products(), sum.product())
                    && matches(filter.pipelines(), sum.pipeline())) {
                long[] s = added.computeIfAbsent(sum.ownerId(), o -> new long[3]);
                s[0] += sum.wonCents();
                s[sum.won() ? 1 : 2] += sum.deals();
            }
        }
        Map<String, Tally> tallies = new HashMap<>();
        added.forEach((owner, s) -> tallies.put(owner, new Tally(BigDecimal.valueOf(s[0], 2), s[1], s[2])));
        return Optional.of(tallies);
    }

    /** A filter's values are trimmed and lower case already, as the sums' are; an empty set is "any". */
    private static boolean matches(Set<String> allowed, String value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }

    private synchronized List<DealSum> sums() {
        if (sums == null) {
            sums = List.copyOf(company.sums(tallySpan, dayByDay));
        }
        return sums;
    }

    private synchronized Map<String, List<Deal>> wonByOwner() {
        if (won == null) {
            Map<String, List<Deal>> byOwner = new HashMap<>();
            for (Deal deal : company.wonDeals(wonSpan)) {
                byOwner.computeIfAbsent(deal.ownerId(), o -> new ArrayList<>()).add(deal);
            }
            byOwner.replaceAll((owner, deals) -> List.copyOf(deals));
            won = byOwner;
        }
        return won;
    }

    private static boolean within(DateRange outer, DateRange inner) {
        return !inner.from().isBefore(outer.from()) && !inner.to().isAfter(outer.to());
    }
}
