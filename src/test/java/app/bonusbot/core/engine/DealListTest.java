package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Deals.lost;
import static app.bonusbot.core.engine.Deals.open;
import static app.bonusbot.core.engine.Deals.won;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealListTest {

    private static final DateRange NOVEMBER = new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

    @Test
    void counts_deals_closed_on_the_first_and_last_day_but_not_the_days_around() {
        // given
        DealList ledger = new DealList(List.of(
                won("anna", "100.00", "2026-10-31"),
                won("anna", "200.00", "2026-11-01"),
                won("anna", "300.00", "2026-11-30"),
                won("anna", "400.00", "2026-12-01")));

        // when
        Tally tally = ledger.tally("anna", NOVEMBER, DealFilter.ANY);

        // then 200 + 300
        assertEquals(new Tally(new BigDecimal("500.00"), 2, 0), tally);
    }

    @Test
    void sums_only_won_deals_and_counts_lost_ones_apart() {
        // given
        DealList ledger = new DealList(List.of(
                won("anna", "1000.00", "2026-11-02"),
                lost("anna", "5000.00", "2026-11-03"),
                lost("anna", "7000.00", "2026-11-04"),
                open("anna", "9000.00", "2026-11-05")));

        // when
        Tally tally = ledger.tally("anna", NOVEMBER, DealFilter.ANY);

        // then
        assertMoney("1000.00", tally.wonAmount());
        assertEquals(1, tally.wonCount());
        assertEquals(2, tally.lostCount());
    }

    @Test
    void counts_only_the_owners_own_deals() {
        // given
        DealList ledger = new DealList(List.of(won("anna", "1000.00", "2026-11-02"), won("bo", "2000.00", "2026-11-02")));

        // when
        Tally tally = ledger.tally("anna", NOVEMBER, DealFilter.ANY);

        // then
        assertEquals(new Tally(new BigDecimal("1000.00"), 1, 0), tally);
    }

    @Test
    void lists_won_deals_oldest_first() {
        // given
        Deal late = won("anna", "1.00", "2026-11-20");
        Deal early = won("anna", "2.00", "2026-11-03");
        DealList ledger = new DealList(List.of(late, lost("anna", "3.00", "2026-11-04"), early, won("anna", "4.00", "2026-12-01")));

        // when
        List<Deal> deals = ledger.wonDeals("anna", NOVEMBER, DealFilter.ANY);

        // then
        assertEquals(List.of(early, late), deals);
    }

    @Test
    void an_extra_deal_adds_to_the_ledger_without_changing_it() {
        // given
        DealList ledger = new DealList(List.of(won("anna", "1000.00", "2026-11-02")));
        Deal extra = won("anna", "500.00", "2026-11-17");

        // when
        Tally withExtra = new WithExtraDeal(ledger, extra).tally("anna", NOVEMBER, DealFilter.ANY);
        Tally without = ledger.tally("anna", NOVEMBER, DealFilter.ANY);

        // then
        assertEquals(new Tally(new BigDecimal("1500.00"), 2, 0), withExtra);
        assertEquals(new Tally(new BigDecimal("1000.00"), 1, 0), without);
    }

    @Test
    void an_extra_deal_of_someone_else_changes_nothing() {
        // given
        DealList ledger = new DealList(List.of(won("anna", "1000.00", "2026-11-02")));
        Deal extra = won("bo", "500.00", "2026-11-17");

        // when
        Tally tally = new WithExtraDeal(ledger, extra).tally("anna", NOVEMBER, DealFilter.ANY);
        List<Deal> deals = new WithExtraDeal(ledger, extra).wonDeals("anna", NOVEMBER, DealFilter.ANY);

        // then
        assertEquals(new Tally(new BigDecimal("1000.00"), 1, 0), tally);
        assertEquals(1, deals.size());
    }
}
