package app.bonusbot.store;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static app.bonusbot.store.StoreFixtures.deal;
import static app.bonusbot.store.StoreFixtures.entry;
import static app.bonusbot.store.StoreFixtures.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.ForeignAmount;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.engine.DealFacts;
import app.bonusbot.core.engine.DealList;
import app.bonusbot.core.engine.Tally;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothStores
class DealLedgerTest {

    private static final DateRange Q4 = DateRange.of(Period.parse("2026-Q4").orElseThrow());

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

    private void store(Deal... deals) {
        ledger.upsertAll("test.csv", Arrays.stream(deals).map(StoreFixtures::entry).toList(), n -> {});
    }

    @Test
    void tally_sums_and_counts_won_deals_and_counts_lost_ones_apart() {
        // given
        store(won("1", "anna", "2026-10-05", "1000.00"), won("2", "anna", "2026-11-05", "250.50"),
                deal("3", "anna", "2026-11-06", "9999", Outcome.LOST, null, null, null),
                deal("4", "anna", "2026-11-07", "5000", Outcome.OPEN, null, null, null));

        // when
        Tally tally = ledger.tally("anna", Q4, DealFilter.ANY);

        // then
        assertEquals(new Tally(new BigDecimal("1250.50"), 2, 1), tally);
    }

    @Test
    void the_date_range_includes_its_first_and_last_day_and_nothing_outside() {
        // given
        store(won("before", "anna", "2026-09-30", "1"), won("first", "anna", "2026-10-01", "10"), won("last", "anna", "2026-12-31", "100"),
                won("after", "anna", "2027-01-01", "1000"));

        // when
        Tally tally = ledger.tally("anna", Q4, DealFilter.ANY);

        // then
        assertEquals(new BigDecimal("110.00"), tally.wonAmount());
        assertEquals(2, tally.wonCount());
    }

    @Test
    void only_the_owners_own_deals_count() {
        // given
        store(won("1", "anna", "2026-10-05", "100"), won("2", "bo", "2026-10-05", "200"), won("3", null, "2026-10-05", "400"));

        // when
        Tally tally = ledger.tally("bo", Q4, DealFilter.ANY);

        // then
        assertEquals(new Tally(new BigDecimal("200.00"), 1, 0), tally);
    }

    @Test
    void amounts_add_up_exactly_to_the_cent() {
        // given
        store(won("1", "anna", "2026-10-05", "0.10"), won("2", "anna", "2026-10-06", "0.10"), won("3", "anna", "2026-10-07", "0.10"));

        // when
        Tally tally = ledger.tally("anna", Q4, DealFilter.ANY);

        // then
        assertEquals(new BigDecimal("0.30"), tally.wonAmount());
    }

    @Test
    void deal_type_filter_compares_case_insensitively() {
        // given
        store(deal("1", "anna", "2026-10-05", "100", Outcome.WON, "New", null, null), deal("2", "anna", "2026-10-05", "200", Outcome.WON, "upsell", null, null),
                deal("3", "anna", "2026-10-05", "400", Outcome.WON, "renewal", null, null), deal("4", "anna", "2026-10-05", "800", Outcome.WON, null, null, null));

        // when
        Tally tally = ledger.tally("anna", Q4, new DealFilter(Set.of("NEW", "Renewal"), null, null, null));

        // then
        assertEquals(new Tally(new BigDecimal("500.00"), 2, 0), tally);
    }

    @Test
    void product_filter_folds_danish_letters_too() {
        // given
        store(deal("1", "anna", "2026-10-05", "100", Outcome.WON, null, "Støttepakke", null),
                deal("2", "anna", "2026-10-05", "200", Outcome.WON, null, "Licens", null),
                deal("3", "anna", "2026-10-05", "400", Outcome.LOST, null, " STØTTEPAKKE ", null));

        // when
        Tally tally = ledger.tally("anna", Q4, new DealFilter(null, Set.of("støttepakke"), null, null));

        // then
        assertEquals(new Tally(new BigDecimal("100.00"), 1, 1), tally);
    }

    @Test
    void pipeline_filter_selects_the_pipelines_named() {
        // given
        store(deal("1", "anna", "2026-10-05", "100", Outcome.WON, null, null, "Enterprise"),
                deal("2", "anna", "2026-10-05", "200", Outcome.WON, null, null, "SMB"),
                deal("3", "anna", "2026-10-05", "400", Outcome.WON, null, null, null));

        // when
        Tally tally = ledger.tally("anna", Q4, new DealFilter(null, null, Set.of("enterprise"), null));

        // then
        assertEquals(new Tally(new BigDecimal("100.00"), 1, 0), tally);
    }

    @Test
    void minimum_amount_admits_a_deal_of_exactly_the_minimum() {
        // given
        store(won("1", "anna", "2026-10-05", "49999.99"), won("2", "anna", "2026-10-05", "50000.00"), won("3", "anna", "2026-10-05", "50000.01"));

        // when
        Tally tally = ledger.tally("anna", Q4, new DealFilter(null, null, null, new BigDecimal("50000")));

        // then
        assertEquals(new Tally(new BigDecimal("100000.01"), 2, 0), tally);
    }

    @Test
    void a_minimum_with_a_fraction_of_a_cent_rounds_up() {
        // given
        store(won("1", "anna", "2026-10-05", "100.00"), won("2", "anna", "2026-10-05", "100.01"));

        // when
        Tally tally = ledger.tally("anna", Q4, new DealFilter(null, null, null, new BigDecimal("100.001")));

        // then
        assertEquals(1, tally.wonCount());
    }

    @Test
    void won_deals_are_the_matching_won_ones_oldest_first_with_exact_amounts() {
        // given
        store(deal("b", "anna", "2026-11-01", "300", Outcome.WON, "new", "Licens", "Enterprise"), won("c", "anna", "2026-10-02", "200"),
                deal("a", "anna", "2026-11-01", "100.5", Outcome.WON, "new", "Licens", "Enterprise"),
                deal("d", "anna", "2026-10-03", "50", Outcome.LOST, "new", null, null), won("e", "anna", "2027-01-01", "75"));

        // when
        List<Deal> deals = ledger.wonDeals("anna", Q4, DealFilter.ANY);

        // then
        assertEquals(List.of("c", "a", "b"), deals.stream().map(Deal::id).toList());
        Deal a = deals.get(1);
        assertEquals(new Deal("a", "Deal a", new BigDecimal("100.50"), LocalDate.of(2026, 11, 1), "won", Outcome.WON, "anna", "new", "Licens",
                "Enterprise"), a);
    }

    @Test
    void won_deals_honour_every_filter_field() {
        // given
        store(deal("match", "anna", "2026-10-05", "60000", Outcome.WON, "renewal", "Licens", "Enterprise"),
                deal("type", "anna", "2026-10-05", "60000", Outcome.WON, "new", "Licens", "Enterprise"),
                deal("product", "anna", "2026-10-05", "60000", Outcome.WON, "renewal", "Support", "Enterprise"),
                deal("pipeline", "anna", "2026-10-05", "60000", Outcome.WON, "renewal", "Licens", "SMB"),
                deal("small", "anna", "2026-10-05", "49999", Outcome.WON, "renewal", "Licens", "Enterprise"));
        DealFilter filter = new DealFilter(Set.of("renewal"), Set.of("licens"), Set.of("enterprise"), new BigDecimal("50000"));

        // when
        List<Deal> deals = ledger.wonDeals("anna", Q4, filter);

        // then
        assertEquals(List.of("match"), deals.stream().map(Deal::id).toList());
    }

    private static final String[] MIXED_OWNERS = {"anna", "bo", "carla"};
    private static final List<DealFilter> EVERY_KIND_OF_FILTER = List.of(DealFilter.ANY, new DealFilter(Set.of("upsell", "new"), null, null, null),
            new DealFilter(null, Set.of("STØTTE"), Set.of("enterprise", "smb"), null), new DealFilter(null, null, null, new BigDecimal("400.00")),
            new DealFilter(Set.of("renewal"), Set.of("licens"), Set.of("smb"), new BigDecimal("10")));
    private static final List<DateRange> RANGES = List.of(Q4, DateRange.of(Period.parse("2026-11").orElseThrow()),
            new DateRange(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1)));

    /** 300 deals of three owners around Q4, of every outcome, with and without each filtered value, some in Danish. */
    private List<Deal> storeMixedDeals() {
        String[] types = {"new", "Upsell", "renewal", null};
        String[] products = {"Licens", "Støtte", null};
        String[] pipelines = {"Enterprise", "smb", null};
        Outcome[] outcomes = Outcome.values();
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String date = LocalDate.of(2026, 9, 20).plusDays(i % 110).toString();
            String amount = BigDecimal.valueOf(i * 4999L % 80_000_00, 2).toPlainString();
            deals.add(deal("d" + i, MIXED_OWNERS[i % 3], date, amount, outcomes[i % 3], types[i % 4], products[i % 5 % 3], pipelines[i % 7 % 3]));
        }
        store(deals.toArray(Deal[]::new));
        return deals;
    }

    @Test
    void answers_exactly_as_the_in_memory_deal_list_for_every_kind_of_filter() {
        // given
        String[] owners = MIXED_OWNERS;
        List<Deal> deals = storeMixedDeals();
        List<DealFilter> filters = EVERY_KIND_OF_FILTER;
        List<DateRange> ranges = RANGES;
        DealList memory = new DealList(deals);

        for (String owner : owners) {
            for (DealFilter filter : filters) {
                for (DateRange range : ranges) {
                    // when
                    Tally tally = ledger.tally(owner, range, filter);
                    List<Deal> won = ledger.wonDeals(owner, range, filter);

                    // then
                    Tally expected = memory.tally(owner, range, filter);
                    String where = owner + " " + range + " " + filter;
                    assertEquals(0, expected.wonAmount().compareTo(tally.wonAmount()), where);
                    assertEquals(expected.wonCount(), tally.wonCount(), where);
                    assertEquals(expected.lostCount(), tally.lostCount(), where);
                    assertEquals(memory.wonDeals(owner, range, filter).stream().map(Deal::id).toList(), won.stream().map(Deal::id).toList(), where);
                }
            }
        }
    }

    @Test
    void tally_reads_only_the_owners_index_range() {
        // given
        DealQuery query = DealQuery.of("anna", Q4, new DealFilter(Set.of("new"), null, null, BigDecimal.ONE));

        // when
        String plan = kind == StoreKind.SQLITE ? sqlitePlan(query) : postgresPlan(query);

        // then: the owner's range of the closed deals' covering index (V9), no other rows
        if (kind == StoreKind.SQLITE) {
            assertTrue(plan.contains("USING COVERING INDEX deals_closed_by_owner (owner_id=? AND close_date>? AND close_date<?)"), plan);
        } else {
            assertTrue(plan.contains("Index Only Scan using deals_closed_by_owner on deals"), plan);
            assertTrue(plan.contains("Index Cond: ((owner_id = 'anna'::text) AND (close_date >= '2026-10-01'::text) AND (close_date <= '2026-12-31'::text))"), plan);
        }
    }

    private String sqlitePlan(DealQuery query) {
        return db.jdbi().withHandle(h -> h.createQuery("EXPLAIN QUERY PLAN " + DealLedger.tallySql(query))
                .bindMap(query.parameters())
                .map((rs, ctx) -> rs.getString("detail"))
                .list()
                .stream()
                .collect(Collectors.joining("\n")));
    }

    /** PostgreSQL scans a table of a few rows whole; with scans off it shows which index it would use at size. */
    private String postgresPlan(DealQuery query) {
        return db.jdbi().inTransaction(h -> {
            h.execute("SET LOCAL enable_seqscan = off");
            h.execute("SET LOCAL plan_cache_mode = force_custom_plan");
            return h.createQuery("EXPLAIN " + DealLedger.tallySql(query))
                    .bindMap(query.parameters())
                    .mapTo(String.class)
                    .list()
                    .stream()
                    .collect(Collectors.joining("\n"));
        });
    }

    @Test
    void tallies_of_a_team_in_one_query_equal_each_owners_own_tally() {
        // given deals of anna and bo in and around Q4, some filtered out by type, and nothing for carla
        store(won("1", "anna", "2026-10-01", "100.10"), won("2", "anna", "2026-12-31", "0.20"),
                deal("3", "anna", "2026-11-06", "50", Outcome.LOST, "new", null, null),
                won("4", "bo", "2026-11-01", "999.99"), won("5", "bo", "2026-09-30", "1000"),
                deal("6", "bo", "2026-11-02", "70", Outcome.WON, "renewal", null, null));
        List<String> team = List.of("anna", "bo", "carla");

        // when
        var grouped = ledger.tallies(team, Q4, DealFilter.ANY);
        var renewalsOnly = ledger.tallies(team, Q4, new DealFilter(Set.of("renewal"), Set.of(), Set.of(), null));

        // then every owner is answered, exactly as owner by owner
        for (String owner : team) {
            assertEquals(ledger.tally(owner, Q4, DealFilter.ANY), grouped.get(owner), owner);
        }
        assertEquals(new Tally(new BigDecimal("100.30"), 2, 1), grouped.get("anna"));
        assertEquals(0, grouped.get("carla").wonCount());
        assertEquals(new Tally(new BigDecimal("70.00"), 1, 0), renewalsOnly.get("bo"));
        assertEquals(0, renewalsOnly.get("anna").wonCount());
    }

    @Test
    void an_owners_deals_read_for_a_whole_answer_add_up_exactly_as_the_ledgers_own_queries() {
        // given deals of every kind, and for each owner a deal in euros held back for want of a rate and one converted
        storeMixedDeals();
        List<Deal> foreign = new ArrayList<>();
        for (String owner : MIXED_OWNERS) {
            foreign.add(new Deal("held-" + owner, "Held", new BigDecimal("0.00"), LocalDate.of(2026, 11, 3), "won", Outcome.WON, owner, "new",
                    null, null, new ForeignAmount(new BigDecimal("500.00"), Currency.getInstance("EUR"), null)));
            foreign.add(new Deal("eur-" + owner, "Converted", new BigDecimal("3730.00"), LocalDate.of(2026, 11, 4), "won", Outcome.WON, owner, "new",
                    null, null, new ForeignAmount(new BigDecimal("500.00"), Currency.getInstance("EUR"), new BigDecimal("7.46"))));
        }
        ledger.upsertAll("foreign.csv", foreign.stream().map(StoreFixtures::entry).toList(), n -> {});
        DateRange span = new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31));

        for (String owner : MIXED_OWNERS) {
            // when one answer about the owner asks every question within the span
            DealFacts answer = ledger.forOwner(owner, span);
            for (DealFilter filter : EVERY_KIND_OF_FILTER) {
                for (DateRange range : RANGES) {
                    // then each answer is the ledger's own, to the cent and in the same order
                    String where = owner + " " + range + " " + filter;
                    assertEquals(ledger.tally(owner, range, filter), answer.tally(owner, range, filter), where);
                    assertEquals(ledger.wonDeals(owner, range, filter), answer.wonDeals(owner, range, filter), where);
                }
            }
            // and questions about another owner or days outside the span are still answered, by the ledger
            assertEquals(ledger.tally("bo", Q4, DealFilter.ANY), answer.tally("bo", Q4, DealFilter.ANY));
            DateRange wider = new DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31));
            assertEquals(ledger.wonDeals(owner, wider, DealFilter.ANY), answer.wonDeals(owner, wider, DealFilter.ANY));
        }
    }

    @Test
    void an_answer_about_one_owner_reads_their_deals_once_whatever_it_asks() {
        // given
        storeMixedDeals();
        List<String> statements = new ArrayList<>();
        db.jdbi().setSqlLogger(new org.jdbi.v3.core.statement.SqlLogger() {
            @Override
            public void logBeforeExecution(org.jdbi.v3.core.statement.StatementContext context) {
                statements.add(context.getRenderedSql());
            }
        });

        // when an answer asks for tallies and deal lists of several filters within its days
        DealFacts answer = ledger.forOwner("anna", Q4);
        for (DealFilter filter : EVERY_KIND_OF_FILTER) {
            answer.tally("anna", Q4, filter);
            answer.wonDeals("anna", DateRange.of(Period.parse("2026-11").orElseThrow()), filter);
        }

        // then the deals were read once
        assertEquals(1, statements.size(), String.join("\n", statements));
    }
}
