package app.bonusbot.store;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static app.bonusbot.store.StoreFixtures.deal;
import static app.bonusbot.store.StoreFixtures.won;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.CurrencyConverter;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.ExchangeRates;
import app.bonusbot.core.deal.HeldBackCount;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.engine.Tally;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Deals in another currency: held back without a rate, and counted, converted, once settings.yaml has one. */
@OnBothStores
class HeldDealsTest {

    private static final Currency DKK = Currency.getInstance("DKK");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final CurrencyConverter NO_RATES = new CurrencyConverter(DKK, ExchangeRates.NONE);
    private static final CurrencyConverter EUR_746 = new CurrencyConverter(DKK, new ExchangeRates(Map.of(EUR, List.of(ExchangeRates.fixed(new BigDecimal("7.46"))))));
    private static final DateRange Q4 = DateRange.of(Period.parse("2026-Q4").orElseThrow());

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
        directory.syncFromConfig(StoreFixtures.demoDirectory(), TargetBook.EMPTY, NO_RATES);
        ledger = new DealLedger(db);
        // anna: one DKK deal, and in EUR a won deal of 1,000.05 and a lost one, all in November, imported without a rate
        ledger.upsertAll("deals.csv", List.of(StoreFixtures.entry(won("D-1", "anna", "2026-11-02", "500.00")),
                StoreFixtures.entry(inEuro(won("E-1", "anna", "2026-11-03", "1000.05"), NO_RATES)),
                StoreFixtures.entry(inEuro(deal("E-2", "anna", "2026-11-04", "200.00", Outcome.LOST, null, null, null), NO_RATES))), n -> { });
    }

    private static Deal inEuro(Deal deal, CurrencyConverter converter) {
        return converter.convert(deal.amount(), EUR, deal.closeDate()).applyTo(deal);
    }

    @Test
    void held_back_deals_count_for_nothing_and_are_reported_per_currency() {
        // then only the DKK deal counts, in the tallies and in explain's list alike
        assertEquals(new Tally(new BigDecimal("500.00"), 1, 0), ledger.tally("anna", Q4, DealFilter.ANY));
        assertEquals(List.of("D-1"), ledger.wonDeals("anna", Q4, DealFilter.ANY).stream().map(Deal::id).toList());
        assertEquals(List.of("2 deals in EUR are held back: no exchange rate for EUR on their close dates, 2026-11-03 to 2026-11-04, in settings.yaml"),
                new HeldDeals(db).counts().stream().map(HeldBackCount::describe).toList());
    }

    @Test
    void a_rate_added_to_settings_makes_held_deals_count_without_a_re_import() {
        // given
        long versionBefore = db.jdbi().withHandle(DataVersion::read);

        // when the config sync runs with a EUR rate
        directory.syncFromConfig(StoreFixtures.demoDirectory(), TargetBook.EMPTY, EUR_746);

        // then 1,000.05 EUR × 7.46 = 7,460.373 → 7,460.37 DKK counts, the lost deal too, in the tallies' months and the odd days alike
        assertEquals(new Tally(new BigDecimal("7960.37"), 2, 1), ledger.tally("anna", Q4, DealFilter.ANY));
        assertEquals(new Tally(new BigDecimal("7460.37"), 1, 1), ledger.tally("anna", new DateRange(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 29)),
                DealFilter.ANY));
        Deal converted = ledger.find("E-1").orElseThrow().deal();
        assertFalse(converted.held());
        assertEquals(new BigDecimal("7.46"), converted.foreign().rate());
        assertEquals(new BigDecimal("1000.05"), converted.foreign().amount());
        assertEquals(List.of("D-1", "E-1"), ledger.wonDeals("anna", Q4, DealFilter.ANY).stream().map(Deal::id).toList());
        assertTrue(new HeldDeals(db).counts().isEmpty());
        assertTrue(db.jdbi().withHandle(DataVersion::read) > versionBefore, "the data version tells running processes to reload");
        assertEquals(1, ledger.version("E-1").orElseThrow(), "a rate is no CRM change: no new version");
    }

    @Test
    void a_rate_taken_out_of_settings_holds_its_deals_back_again() {
        // given the rate was there
        directory.syncFromConfig(StoreFixtures.demoDirectory(), TargetBook.EMPTY, EUR_746);

        // when it is gone
        directory.syncFromConfig(StoreFixtures.demoDirectory(), TargetBook.EMPTY, NO_RATES);

        // then
        assertEquals(new Tally(new BigDecimal("500.00"), 1, 0), ledger.tally("anna", Q4, DealFilter.ANY));
        assertTrue(ledger.find("E-1").orElseThrow().deal().held());
        assertEquals(2, new HeldDeals(db).counts().get(0).deals());
    }
}
