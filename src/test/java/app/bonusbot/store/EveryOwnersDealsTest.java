package app.bonusbot.store;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.ForeignAmount;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.engine.CompanyAtOnce;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.Tally;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Every owner's deals read at once for a digest ({@link EveryOwnersDeals} behind {@link CompanyAtOnce}) against the
 * ledger asked owner by owner: the same tallies and won deals for every range and filter a digest asks about.
 */
@OnBothStores
class EveryOwnersDealsTest {

    private static final List<String> OWNERS = List.of("anna", "bo", "carla");
    private static final String[] TYPES = {"new", "Upsell", "renewal", null};
    private static final String[] PRODUCTS = {"Licens", "Støtte", "licens ", null};
    private static final String[] PIPELINES = {"Enterprise", "smb", null};
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 15);

    /** A ledger that must not be asked: the question was to be answered from the sums read at once. */
    private static final DealFacts NOT_ASKED = new DealFacts() {
        @Override
        public Tally tally(String ownerId, DateRange range, DealFilter filter) {
            throw new AssertionError("the ledger was asked about " + ownerId + " " + range + " " + filter);
        }

        @Override
        public List<Deal> wonDeals(String ownerId, DateRange range, DealFilter filter) {
            throw new AssertionError("the ledger was asked for the won deals of " + ownerId + " " + range + " " + filter);
        }
    };

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private Database db;
    private DealLedger ledger;

    @BeforeEach
    void open() {
        db = Database.open(kind.address(dir), CLOCK);
        new DirectoryStore(db).syncFromConfig(StoreFixtures.demoDirectory(), TargetBook.EMPTY);
        ledger = new DealLedger(db);
    }

    @Test
    void every_owners_tallies_and_won_deals_read_at_once_equal_the_ledgers_owner_by_owner() {
        // given random deals of three sellers over five months, and a digest of Friday 27 November looking back to the 20th
        Random random = new Random(11);
        List<LedgerDeal> deals = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            deals.add(StoreFixtures.entry(randomDeal(random, "d" + i)));
        }
        // and deals in euros: held back for want of a rate (counting for nothing) and converted
        for (int i = 0; i < 30; i++) {
            Deal d = randomDeal(random, "eur" + i);
            BigDecimal rate = i % 2 == 0 ? null : new BigDecimal("7.46");
            deals.add(StoreFixtures.entry(new Deal(d.id(), d.name(), rate == null ? new BigDecimal("0.00") : d.amount(), d.closeDate(), d.stage(),
                    d.outcome(), d.ownerId(), d.dealType(), d.product(), d.pipeline(), new ForeignAmount(d.amount(), Currency.getInstance("EUR"), rate))));
        }
        ledger.upsertAll("deals.csv", deals, n -> {});
        LocalDate date = LocalDate.of(2026, 11, 27);
        LocalDate previous = LocalDate.of(2026, 11, 20);
        DateRange span = new DateRange(LocalDate.of(2026, 10, 1), date);
        CompanyAtOnce atOnce = new CompanyAtOnce(NOT_ASKED, new EveryOwnersDeals(db), span, span, Set.of(YearMonth.from(date)));
        List<DateRange> asked = List.of(span, new DateRange(span.from(), previous), new DateRange(previous.plusDays(1), date),
                new DateRange(LocalDate.of(2026, 11, 1), date));

        for (int i = 0; i < 60; i++) {
            DateRange range = asked.get(i % asked.size());
            DealFilter filter = randomFilter(random);
            // when
            Map<String, Tally> everyone = atOnce.tallies(OWNERS, range, filter);
            List<Deal> won = atOnce.wonDeals(OWNERS.get(i % OWNERS.size()), range, filter);
            // then
            assertEquals(ledger.tallies(OWNERS, range, filter), everyone, range + " " + filter);
            assertEquals(ledger.wonDeals(OWNERS.get(i % OWNERS.size()), range, filter), won, range + " " + filter);
        }
        assertFalse(ledger.wonDeals("anna", span, DealFilter.ANY).isEmpty(), "the test's deals include won deals of the span");
    }

    @Test
    void what_the_sums_cannot_tell_is_asked_of_the_ledger_with_the_same_answer() {
        // given deals, and a digest whose October is summed whole
        Random random = new Random(5);
        List<LedgerDeal> deals = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            deals.add(StoreFixtures.entry(randomDeal(random, "d" + i)));
        }
        ledger.upsertAll("deals.csv", deals, n -> {});
        DateRange span = new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 27));
        CompanyAtOnce atOnce = new CompanyAtOnce(ledger, new EveryOwnersDeals(db), span, span, Set.of(YearMonth.of(2026, 11)));
        DealFilter minimum = new DealFilter(null, null, null, new BigDecimal("1000.00"));
        DateRange intoOctober = new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 20));
        DateRange beforeTheSpan = new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 27));

        // then a minimum amount, a range cutting October, a range outside the span: the ledger's own answers
        assertEquals(ledger.tallies(OWNERS, span, minimum), atOnce.tallies(OWNERS, span, minimum));
        assertEquals(ledger.tallies(OWNERS, intoOctober, DealFilter.ANY), atOnce.tallies(OWNERS, intoOctober, DealFilter.ANY));
        assertEquals(ledger.tally("bo", beforeTheSpan, DealFilter.ANY), atOnce.tally("bo", beforeTheSpan, DealFilter.ANY));
        assertEquals(ledger.wonDeals("bo", beforeTheSpan, DealFilter.ANY), atOnce.wonDeals("bo", beforeTheSpan, DealFilter.ANY));
    }

    @Test
    void a_span_is_read_by_whole_months_except_the_months_wanted_day_by_day() {
        // given
        List<YearMonth> whole = new ArrayList<>();
        List<DateRange> days = new ArrayList<>();
        // when
        EveryOwnersDeals.splitSpan(new DateRange(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 12, 3)), Set.of(YearMonth.of(2026, 10)), whole, days);
        // then
        assertEquals(List.of(YearMonth.of(2026, 11)), whole);
        assertEquals(List.of(new DateRange(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 31)),
                new DateRange(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3))), days);
    }

    private static Deal randomDeal(Random random, String id) {
        Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
        LocalDate close = random.nextInt(20) == 0 ? null : FIRST_DAY.plusDays(random.nextInt(135));
        BigDecimal amount = BigDecimal.valueOf(random.nextInt(2_000_000), 2);
        return new Deal(id, "Deal " + id, amount, close, outcome.name().toLowerCase(), outcome, OWNERS.get(random.nextInt(OWNERS.size())),
                TYPES[random.nextInt(TYPES.length)], PRODUCTS[random.nextInt(PRODUCTS.length)], PIPELINES[random.nextInt(PIPELINES.length)]);
    }

    private static DealFilter randomFilter(Random random) {
        return new DealFilter(pick(random, Set.of("new", "upsell", "renewal")), pick(random, Set.of("licens", "støtte")),
                pick(random, Set.of("enterprise", "smb")), null);
    }

    private static Set<String> pick(Random random, Set<String> values) {
        Set<String> picked = new HashSet<>();
        for (String v : values.stream().sorted().toList()) {
            if (random.nextInt(3) == 0) {
                picked.add(v);
            }
        }
        return picked;
    }
}
