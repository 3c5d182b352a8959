package app.bonusbot.store;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static app.bonusbot.store.StoreFixtures.person;
import static app.bonusbot.store.StoreFixtures.won;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.engine.Tally;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The pre-aggregated deal_tallies against the deals they stand for: after every kind of write that changes deals
 * (new deals, changed ones, owner links, a person removed), the table holds exactly the deals' sums, and the ledger
 * answers every range and filter exactly as a sum over the deal rows would.
 */
@OnBothStores
class DealTalliesTest {

    private static final String[] OWNERS = {"anna", "bo", "carla", "dora"};
    private static final String[] TYPES = {"new", "Upsell", "renewal", null};
    private static final String[] PRODUCTS = {"Licens", "Støtte", "licens ", null};
    private static final String[] PIPELINES = {"Enterprise", "smb", null};
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 15);
    private static final int DAYS = 160;

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private Database db;
    private DirectoryStore directory;
    private DealLedger ledger;

    @BeforeEach
    void open() {
        db = Database.open(kind.address(dir), CLOCK);
        directory = new DirectoryStore(db);
        directory.syncFromConfig(StoreFixtures.demoDirectory(), TargetBook.EMPTY);
        ledger = new DealLedger(db);
    }

    @Test
    void tallies_equal_the_raw_sums_of_the_deals_over_random_deals_writes_ranges_and_filters() {
        for (long seed = 1; seed <= 3; seed++) {
            // given random deals of anna, bo, carla and dora (whom the directory does not know yet)
            Random random = new Random(seed);
            Map<String, Deal> deals = new LinkedHashMap<>();
            for (int i = 0; i < 250; i++) {
                Deal d = randomDeal(random, "s" + seed + "-" + i);
                deals.put(d.id(), d);
            }
            importDeals(deals.values());
            assertTalliesMatchDeals(random, "seed " + seed + ", first import");

            // when some deals change (amount, date, outcome, owner, type), some stay, and new ones come
            List<Deal> second = new ArrayList<>();
            for (Deal d : deals.values()) {
                int roll = random.nextInt(3);
                if (roll == 0) {
                    Deal changed = randomDeal(random, d.id());
                    second.add(changed);
                    deals.put(d.id(), changed);
                } else if (roll == 1) {
                    second.add(d);
                }
            }
            for (int i = 0; i < 50; i++) {
                Deal d = randomDeal(random, "s" + seed + "-new-" + i);
                second.add(d);
                deals.put(d.id(), d);
            }
            importDeals(second);
            assertTalliesMatchDeals(random, "seed " + seed + ", second import");

            // when dora is imported, which links her deals to her
            directory.importPeople("people.csv", List.of(person("dora", "Dora Berg", "dora@example.com", "south")), n -> {});
            assertTalliesMatchDeals(random, "seed " + seed + ", dora linked");

            // when the configuration no longer has carla, whose deals lose their owner
            directory.syncFromConfig(new Directory(StoreFixtures.demoDirectory().people().stream().filter(p -> !p.id().equals("carla")).toList(),
                    StoreFixtures.demoDirectory().teams()), TargetBook.EMPTY);
            assertTalliesMatchDeals(random, "seed " + seed + ", carla removed");

            // then (each step above checked the same); back to carla for the next seed
            directory.syncFromConfig(StoreFixtures.demoDirectory(), TargetBook.EMPTY);
        }
    }

    @Test
    void a_quarter_is_summed_from_the_monthly_tallies_and_odd_days_from_the_deals() {
        // given two deals of anna in November, one of them then deleted behind the ledger's back (no tally change)
        importDeals(List.of(won("kept", "anna", "2026-11-10", "100"), won("gone", "anna", "2026-11-20", "5")));
        db.useWrite(h -> h.execute("DELETE FROM deals WHERE deal_id = 'gone'"));

        // when
        Tally quarter = ledger.tally("anna", DateRange.of(Period.parse("2026-Q4").orElseThrow()), DealFilter.ANY);
        Tally oddDays = ledger.tally("anna", new DateRange(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30)), DealFilter.ANY);
        Tally withMinimum = ledger.tally("anna", DateRange.of(Period.parse("2026-Q4").orElseThrow()),
                new DealFilter(null, null, null, BigDecimal.ONE));

        // then the whole months come from the tallies, which still count it; odd days and minimum amounts from the deals
        assertEquals(new Tally(new BigDecimal("105.00"), 2, 0), quarter);
        assertEquals(new Tally(new BigDecimal("100.00"), 1, 0), oddDays);
        assertEquals(new Tally(new BigDecimal("100.00"), 1, 0), withMinimum);
    }

    @Test
    void a_teams_tallies_are_summed_once_and_again_after_the_next_write_to_the_store() {
        // given a team's quarter summed once, then a tally row changed behind the ledger's back (no write of the store)
        DateRange q4 = DateRange.of(Period.parse("2026-Q4").orElseThrow());
        importDeals(List.of(won("a1", "anna", "2026-11-10", "100"), won("b1", "bo", "2026-10-03", "7")));
        Map<String, Tally> first = ledger.tallies(List.of("anna", "bo"), q4, DealFilter.ANY);
        db.useWrite(h -> h.execute("UPDATE deal_tallies SET amount_cents = 0 WHERE owner_id = 'bo'"));

        // when
        Map<String, Tally> kept = ledger.tallies(List.of("anna", "bo"), q4, DealFilter.ANY);
        importDeals(List.of(won("a2", "anna", "2026-12-01", "1")));
        Map<String, Tally> afterImport = ledger.tallies(List.of("anna", "bo"), q4, DealFilter.ANY);

        // then
        assertEquals(new Tally(new BigDecimal("7.00"), 1, 0), first.get("bo"));
        assertEquals(first, kept);
        assertEquals(new Tally(new BigDecimal("101.00"), 2, 0), afterImport.get("anna"));
        assertEquals(new Tally(new BigDecimal("0.00"), 1, 0), afterImport.get("bo"));
    }

    @Test
    void a_range_is_split_into_whole_months_and_the_odd_days_at_its_edges() {
        // when
        MonthSplit quarter = MonthSplit.of(new DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        MonthSplit custom = MonthSplit.of(new DateRange(LocalDate.of(2026, 10, 15), LocalDate.of(2027, 1, 3)));
        MonthSplit inside = MonthSplit.of(new DateRange(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 30)));

        // then
        assertEquals(new MonthSplit("2026-10", "2026-12", List.of()), quarter);
        assertEquals(new MonthSplit("2026-11", "2026-12", List.of(new DateRange(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 31)),
                new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3)))), custom);
        assertEquals(new MonthSplit(null, null, List.of(new DateRange(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 30)))), inside);
    }

    private void importDeals(Iterable<Deal> deals) {
        List<LedgerDeal> entries = new ArrayList<>();
        // The CRM names the owner; the importer links only people the store has (dora, until she is imported, is nobody).
        Set<String> stored = new HashSet<>(db.jdbi().withHandle(h -> h.createQuery("SELECT id FROM people").mapTo(String.class).list()));
        for (Deal d : deals) {
            String owner = d.ownerId();
            boolean linked = owner != null && stored.contains(owner);
            entries.add(new LedgerDeal(linked ? d : withOwner(d, null), owner));
        }
        ledger.upsertAll("deals.csv", entries, n -> {});
    }

    private static Deal withOwner(Deal d, String owner) {
        return new Deal(d.id(), d.name(), d.amount(), d.closeDate(), d.stage(), d.outcome(), owner, d.dealType(), d.product(), d.pipeline());
    }

    private static Deal randomDeal(Random random, String id) {
        Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
        LocalDate close = random.nextInt(20) == 0 ? null : FIRST_DAY.plusDays(random.nextInt(DAYS));
        BigDecimal amount = BigDecimal.valueOf(random.nextInt(20_000_000) - 1_000_000, 2);
        return new Deal(id, "Deal " + id, amount, close, outcome.name().toLowerCase(), outcome, OWNERS[random.nextInt(OWNERS.length)],
                TYPES[random.nextInt(TYPES.length)], PRODUCTS[random.nextInt(PRODUCTS.length)], PIPELINES[random.nextInt(PIPELINES.length)]);
    }

    private static DealFilter randomFilter(Random random) {
        return new DealFilter(pick(random, Set.of("new", "upsell", "renewal", "other")), pick(random, Set.of("licens", "støtte")),
                pick(random, Set.of("enterprise", "smb")), random.nextInt(6) == 0 ? BigDecimal.valueOf(random.nextInt(100_000), 2) : null);
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

    /** Whole months, odd days, a day, a quarter, a range across a year end: compared for all owners at once and one by one. */
    private void assertTalliesMatchDeals(Random random, String when) {
        assertEquals(groupedFromDeals(), db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT owner_id || ' ' || month || ' ' || deal_type || '|' || product_key || '|' || pipeline_key || ' ' || outcome
                               || ' ' || amount_cents || ' ' || deals
                        FROM deal_tallies WHERE deals <> 0 ORDER BY 1""").mapTo(String.class).list()), when + ": deal_tallies");
        List<String> owners = List.of("anna", "bo", "carla", "dora", "nobody");
        List<DateRange> ranges = new ArrayList<>(List.of(DateRange.of(Period.parse("2026-Q4").orElseThrow()),
                DateRange.of(Period.parse("2026-11").orElseThrow()), DateRange.of(Period.parse("2026").orElseThrow())));
        for (int i = 0; i < 12; i++) {
            LocalDate from = FIRST_DAY.minusDays(10).plusDays(random.nextInt(DAYS + 20));
            ranges.add(new DateRange(from, from.plusDays(random.nextInt(120))));
        }
        for (DateRange range : ranges) {
            for (int f = 0; f < 6; f++) {
                DealFilter filter = f == 0 ? DealFilter.ANY : randomFilter(random);
                String where = when + ", " + range + ", " + filter;
                Map<String, Tally> all = ledger.tallies(owners, range, filter);
                for (String owner : owners) {
                    Tally raw = rawTally(owner, range, filter);
                    assertEquals(raw, all.get(owner), where + ", " + owner);
                    assertEquals(raw, ledger.tally(owner, range, filter), where + ", " + owner + " alone");
                }
            }
        }
    }

    private List<String> groupedFromDeals() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT owner_id || ' ' || substr(close_date, 1, 7) || ' ' || COALESCE(deal_type, '') || '|' || COALESCE(product_key, '') || '|'
                               || COALESCE(pipeline_key, '') || ' ' || outcome || ' ' || SUM(amount_cents) || ' ' || COUNT(*)
                        FROM deals WHERE owner_id IS NOT NULL AND close_date IS NOT NULL AND outcome IN ('won', 'lost')
                        GROUP BY owner_id, substr(close_date, 1, 7), deal_type, product_key, pipeline_key, outcome ORDER BY 1""")
                .mapTo(String.class)
                .list());
    }

    /** The sum over the deal rows themselves, as the ledger computed it before there were tallies. */
    private Tally rawTally(String owner, DateRange range, DealFilter filter) {
        DealQuery query = DealQuery.of(owner, range, filter);
        return db.jdbi().withHandle(h -> h.createQuery(DealLedger.tallySql(query))
                .bindMap(query.parameters())
                .map((rs, ctx) -> new Tally(Cents.toAmount(rs.getLong("won_cents")), rs.getLong("won_count"), rs.getLong("lost_count")))
                .one());
    }
}
