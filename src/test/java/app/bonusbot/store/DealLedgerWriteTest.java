package app.bonusbot.store;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static app.bonusbot.store.StoreFixtures.deal;
import static app.bonusbot.store.StoreFixtures.entry;
import static app.bonusbot.store.StoreFixtures.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.engine.DealList;
import app.bonusbot.core.engine.Tally;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothStores
class DealLedgerWriteTest {

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
    void new_deals_are_inserted_at_version_one_and_the_import_is_logged() {
        // given
        List<LedgerDeal> deals = List.of(entry(won("1", "anna", "2026-10-01", "100")), entry(won("2", "bo", "2026-10-02", "200")));

        // when
        UpsertCounts counts = ledger.upsertAll("deals.csv", deals, n -> {});

        // then
        assertEquals(new UpsertCounts(counts.importId(), 2, 0, 0, 0), counts);
        assertEquals(2, ledger.count());
        assertEquals(1, ledger.version("1").orElseThrow());
        ImportRecord logged = new ImportLog(db).recent(1).get(0);
        assertEquals(new ImportRecord(counts.importId(), ImportKind.DEALS, "deals.csv", CLOCK.instant(), CLOCK.instant(), 2, 0, 0, 0), logged);
    }

    @Test
    void the_same_deals_again_change_nothing() {
        // given
        List<LedgerDeal> deals = List.of(entry(won("1", "anna", "2026-10-01", "100")), entry(won("2", "bo", "2026-10-02", "200")));
        ledger.upsertAll("deals.csv", deals, n -> {});

        // when
        UpsertCounts again = ledger.upsertAll("deals.csv", deals, n -> {});

        // then
        assertEquals(new UpsertCounts(again.importId(), 0, 0, 2, 0), again);
        assertEquals(1, ledger.version("1").orElseThrow());
        assertTrue(ledger.history("1").isEmpty());
    }

    @Test
    void a_changed_deal_gets_a_new_version_and_keeps_the_old_values_in_its_history() {
        // given
        ledger.upsertAll("monday.csv", List.of(entry(deal("1", "anna", "2026-10-01", "100", Outcome.OPEN, "new", "Licens", "Enterprise"))), n -> {});
        Deal closed = deal("1", "anna", "2026-10-03", "125.50", Outcome.WON, "new", "Licens", "Enterprise");

        // when
        UpsertCounts counts = ledger.upsertAll("tuesday.csv", List.of(entry(closed)), n -> {});

        // then
        assertEquals(1, counts.updated());
        assertEquals(closed, ledger.find("1").orElseThrow().deal());
        assertEquals(2, ledger.version("1").orElseThrow());
        Map<String, String> previous = new LinkedHashMap<>();
        previous.put("amount", "100.00");
        previous.put("close_date", "2026-10-01");
        previous.put("stage", "open");
        previous.put("outcome", "open");
        assertEquals(List.of(new DealRevision("1", 1, CLOCK.instant(), counts.importId(), previous)), ledger.history("1"));
    }

    @Test
    void an_unknown_owner_is_stored_without_link_and_linked_once_the_person_is_known() {
        // given
        Deal deal = won("1", null, "2026-10-01", "100");
        ledger.upsertAll("deals.csv", List.of(new LedgerDeal(deal, "Dina Dahl")), n -> {});
        List<String> unmatchedBefore = ledger.unmatchedOwnerReferences();
        List<Person> people = new ArrayList<>(StoreFixtures.demoDirectory().people());
        people.add(StoreFixtures.person("dina", "Dina Dahl", "dina@example.com", "south"));
        db.jdbi().useHandle(h -> PeopleTable.upsert(h, people.get(3), Source.IMPORT));

        // when
        int linked = ledger.resolveOwners();

        // then
        assertEquals(List.of("Dina Dahl"), unmatchedBefore);
        assertEquals(1, linked);
        assertEquals("dina", ledger.find("1").orElseThrow().deal().ownerId());
        assertTrue(ledger.unmatchedOwnerReferences().isEmpty());
    }

    @Test
    void a_deal_whose_owner_reference_is_unchanged_keeps_its_link() {
        // given
        ledger.upsertAll("deals.csv", List.of(new LedgerDeal(won("1", "anna", "2026-10-01", "100"), "Anna Jensen")), n -> {});

        // when
        ledger.upsertAll("deals.csv", List.of(new LedgerDeal(won("1", null, "2026-10-01", "200"), "Anna Jensen")), n -> {});

        // then
        assertEquals("anna", ledger.find("1").orElseThrow().deal().ownerId());
    }

    @Test
    void a_deal_of_a_removed_person_loses_its_link_but_keeps_its_owner_reference() {
        // given
        ledger.upsertAll("deals.csv", List.of(new LedgerDeal(won("1", "carla", "2026-10-01", "100"), "Carla Holm")), n -> {});
        Directory withoutCarla = new Directory(StoreFixtures.demoDirectory().people().subList(0, 2), StoreFixtures.demoDirectory().teams());

        // when
        new DirectoryStore(db).syncFromConfig(withoutCarla, TargetBook.EMPTY);

        // then
        LedgerDeal stored = ledger.find("1").orElseThrow();
        assertNull(stored.deal().ownerId());
        assertEquals("Carla Holm", stored.ownerReference());
    }

    @Test
    void two_deals_with_one_id_in_one_write_are_refused() {
        // given
        List<LedgerDeal> deals = List.of(entry(won("1", "anna", "2026-10-01", "100")), entry(won("1", "anna", "2026-10-02", "200")));

        // when / then
        assertThrows(IllegalArgumentException.class, () -> ledger.upsertAll("deals.csv", deals, n -> {}));
        assertEquals(0, ledger.count());
    }

    @Test
    void deals_streamed_to_the_ledger_are_inserted_updated_or_left_alone_as_from_a_list() {
        // given a ledger holding the ids m100 to m199, and a stream that can be read only once
        List<LedgerDeal> first = new ArrayList<>();
        for (int i = 100; i < 200; i++) {
            first.add(entry(won("m" + i, "anna", "2026-10-01", "100")));
        }
        ledger.upsertAll("monday.csv", first, n -> {});
        List<LedgerDeal> next = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // ids below the stored ones (a0…), inside their range (m100…m199 and m1000…, which sort among them) and above (z…)
            next.add(entry(won("a" + i, "bo", "2026-10-02", "5")));
        }
        next.add(entry(won("m150", "anna", "2026-10-01", "150")));
        next.add(entry(won("m151", "anna", "2026-10-01", "100")));
        next.add(entry(won("m1000", "bo", "2026-10-03", "7")));
        next.add(entry(won("z1", "bo", "2026-10-04", "9")));
        Iterable<LedgerDeal> once = new OnceOnly(next);

        // when
        UpsertCounts counts = ledger.upsertStreamed("tuesday.csv", once, n -> {});

        // then
        assertEquals(new UpsertCounts(counts.importId(), 1002, 1, 1, 0), counts);
        assertEquals(1102, ledger.count());
        assertEquals(new BigDecimal("150.00"), ledger.find("m150").orElseThrow().deal().amount());
        assertEquals(Map.of("amount", "100.00"), ledger.history("m150").get(0).previousValues());
        assertEquals(1, ledger.version("m151").orElseThrow());
        assertEquals(new BigDecimal("7.00"), ledger.find("m1000").orElseThrow().deal().amount());
    }

    @Test
    void a_stream_that_fails_halfway_leaves_nothing_written_and_no_import_logged() {
        // given a stream of 1,000 deals whose source breaks after 900
        List<LedgerDeal> deals = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            deals.add(entry(won("d" + i, "anna", "2026-10-01", "1")));
        }
        Iterable<LedgerDeal> breaking = () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < deals.size();
            }

            @Override
            public LedgerDeal next() {
                if (next == 900) {
                    throw new UncheckedIOException(new IOException("disk gone"));
                }
                return deals.get(next++);
            }
        };

        // when
        StoreException e = assertThrows(StoreException.class, () -> ledger.upsertStreamed("big.csv", breaking, n -> {}));

        // then
        assertTrue(e.getMessage().startsWith("big.csv: nothing imported"), e.getMessage());
        assertEquals(0, ledger.count());
        assertTrue(new ImportLog(db).recent(10).isEmpty());
    }

    /** An iterable that refuses a second pass, as a stream read from a file would be read once. */
    private record OnceOnly(List<LedgerDeal> deals, boolean[] used) implements Iterable<LedgerDeal> {

        OnceOnly(List<LedgerDeal> deals) {
            this(deals, new boolean[1]);
        }

        @Override
        public Iterator<LedgerDeal> iterator() {
            if (used[0]) {
                throw new IllegalStateException("read twice");
            }
            used[0] = true;
            return deals.iterator();
        }
    }

    @Test
    void progress_is_reported_up_to_the_last_deal() {
        // given
        List<LedgerDeal> deals = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            deals.add(entry(won("d" + i, "anna", "2026-10-01", "1")));
        }
        List<Long> reported = new ArrayList<>();

        // when
        ledger.upsertAll("deals.csv", deals, reported::add);

        // then
        assertEquals(1000L, reported.get(reported.size() - 1));
        assertTrue(reported.size() < 10, reported.toString());
    }

    @Test
    void tally_of_one_owner_among_twenty_thousand_deals_matches_the_in_memory_answer() {
        // given
        List<Person> people = new ArrayList<>();
        for (int p = 0; p < 200; p++) {
            people.add(StoreFixtures.person("seller" + p, "Seller " + p, "seller" + p + "@example.com", "north"));
        }
        new DirectoryStore(db).syncFromConfig(new Directory(people, StoreFixtures.demoDirectory().teams()), TargetBook.EMPTY);
        String[] types = {"new", "upsell", "renewal"};
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            Outcome outcome = i % 5 == 0 ? Outcome.LOST : i % 7 == 0 ? Outcome.OPEN : Outcome.WON;
            String date = LocalDate.of(2026, 1, 1).plusDays(i % 365).toString();
            String amount = BigDecimal.valueOf(1000 + (i * 37L) % 90_000, 2).toPlainString();
            deals.add(deal("deal-" + i, "seller" + (i % 200), date, amount, outcome, types[i % 3], null, null));
        }
        ledger.upsertAll("big.csv", deals.stream().map(StoreFixtures::entry).toList(), n -> {});
        DateRange q3 = DateRange.of(Period.parse("2026-Q3").orElseThrow());
        DealFilter newBusiness = new DealFilter(Set.of("new"), null, null, null);

        // when
        Tally tally = ledger.tally("seller17", q3, newBusiness);

        // then
        assertEquals(20_000, ledger.count());
        Tally expected = new DealList(deals).tally("seller17", q3, newBusiness);
        assertEquals(expected.wonCount(), tally.wonCount());
        assertEquals(expected.lostCount(), tally.lostCount());
        assertEquals(0, expected.wonAmount().compareTo(tally.wonAmount()));
        assertTrue(tally.wonCount() > 0);
    }
}
