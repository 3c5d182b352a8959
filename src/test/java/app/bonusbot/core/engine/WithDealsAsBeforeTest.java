package app.bonusbot.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WithDealsAsBeforeTest {

    private static final DateRange Q3 = new DateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

    private static Deal deal(String id, String owner, String amount, Outcome outcome) {
        return new Deal(id, "Deal " + id, new BigDecimal(amount), LocalDate.of(2026, 8, 10), outcome.name().toLowerCase(java.util.Locale.ROOT), outcome,
                owner, "new", null, null);
    }

    @Test
    void a_deal_lost_since_counts_as_won_again_and_a_deal_moved_since_counts_for_its_old_owner() {
        // GIVEN a ledger where Fjord is lost now and Skagen is Peter's now; Vejle did not change
        Deal fjordNow = deal("F", "anna", "300.00", Outcome.LOST);
        Deal skagenNow = deal("S", "peter", "200.00", Outcome.WON);
        Deal vejle = deal("V", "anna", "500.00", Outcome.WON);
        DealList ledger = new DealList(List.of(fjordNow, skagenNow, vejle));

        // WHEN both are put back as they were: Fjord won, Skagen Anna's
        WithDealsAsBefore before = new WithDealsAsBefore(ledger, List.of(fjordNow, skagenNow),
                List.of(deal("F", "anna", "300.00", Outcome.WON), deal("S", "anna", "200.00", Outcome.WON)), Set.of("F", "S"));

        // THEN Anna has all three won and Peter nothing, in tallies, one owner's tally and the deal lists alike
        assertEquals(new Tally(new BigDecimal("1000.00"), 3, 0), before.tally("anna", Q3, DealFilter.ANY));
        assertEquals(Map.of("anna", new Tally(new BigDecimal("1000.00"), 3, 0), "peter", new Tally(new BigDecimal("0.00"), 0, 0)),
                before.tallies(List.of("anna", "peter"), Q3, DealFilter.ANY));
        assertEquals(List.of("F", "S", "V"), before.wonDeals("anna", Q3, DealFilter.ANY).stream().map(Deal::id).toList());
        assertEquals(List.of(), before.wonDeals("peter", Q3, DealFilter.ANY));
        assertEquals(before.tally("anna", Q3, DealFilter.ANY), before.forOwner("anna", Q3).tally("anna", Q3, DealFilter.ANY));
    }

    @Test
    void a_deal_that_is_new_since_is_left_out() {
        // GIVEN a ledger with a deal that did not exist before
        Deal fresh = deal("N", "anna", "100.00", Outcome.WON);
        DealList ledger = new DealList(List.of(fresh, deal("V", "anna", "500.00", Outcome.WON)));

        // WHEN it is put back as it was: absent
        WithDealsAsBefore before = new WithDealsAsBefore(ledger, List.of(fresh), List.of(), Set.of("N"));

        // THEN only the other deal counts
        assertEquals(new Tally(new BigDecimal("500.00"), 1, 0), before.tally("anna", Q3, DealFilter.ANY));
        assertEquals(List.of("V"), before.wonDeals("anna", Q3, DealFilter.ANY).stream().map(Deal::id).toList());
    }
}
