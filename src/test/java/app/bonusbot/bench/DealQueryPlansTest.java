package app.bonusbot.bench;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.store.Database;
import app.bonusbot.store.DealLedger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DealQueryPlansTest {

    private static final DateRange Q4 = new DateRange(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31"));

    @TempDir
    Path dir;

    private Database db;
    private DealLedger ledger;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("bonusbot.db"), CLOCK);
        ledger = new DealLedger(db);
    }

    @Test
    void a_tally_with_a_filter_searches_the_owner_and_close_date_index() {
        // given
        DealFilter filter = new DealFilter(Set.of("new", "upsell"), Set.of(), Set.of("default"), null);

        // when
        DealQueryPlans.Capture capture = DealQueryPlans.capture(db.jdbi(), () -> ledger.tally("anna.holm", Q4, filter));

        // then
        assertEquals(1, capture.dealStatements());
        assertEquals(1, capture.plans().size());
        assertTrue(capture.plans().get(0).sql().contains("owner_id = :owner"), capture.plans().get(0).sql());
        assertTrue(capture.allUseOwnerCloseIndex(), capture.plans().get(0).plan().toString());
    }

    @Test
    void the_won_deals_of_a_seller_search_the_owner_and_close_date_index() {
        // when
        DealQueryPlans.Capture capture = DealQueryPlans.capture(db.jdbi(), () -> ledger.wonDeals("anna.holm", Q4, DealFilter.ANY));

        // then
        assertTrue(capture.allUseOwnerCloseIndex(), capture.plans().get(0).plan().toString());
    }

    @Test
    void a_count_of_the_whole_table_is_reported_as_not_searching_by_owner() {
        // when
        DealQueryPlans.Capture capture = DealQueryPlans.capture(db.jdbi(), ledger::count);

        // then
        assertEquals(1, capture.plans().size());
        assertFalse(capture.plans().get(0).usesOwnerCloseIndex(), capture.plans().get(0).plan().toString());
        assertFalse(capture.allUseOwnerCloseIndex());
    }

    @Test
    void statements_on_other_tables_are_counted_but_not_planned() {
        // when
        DealQueryPlans.Capture capture = DealQueryPlans.capture(db.jdbi(), () -> {
            db.schemaVersion();
            ledger.tally("anna.holm", Q4, DealFilter.ANY);
            ledger.tally("mikkel.larsen", Q4, DealFilter.ANY);
        });

        // then
        assertEquals(3, capture.statements());
        assertEquals(2, capture.dealStatements());
        assertEquals(1, capture.plans().size(), "the two tallies are the same statement");
    }

    @Test
    void the_previous_statement_logger_is_back_afterwards() {
        // given
        var statements = db.jdbi().getConfig(org.jdbi.v3.core.statement.SqlStatements.class);
        var before = statements.getSqlLogger();

        // when
        DealQueryPlans.capture(db.jdbi(), ledger::count);

        // then
        assertTrue(before == statements.getSqlLogger());
    }
}
