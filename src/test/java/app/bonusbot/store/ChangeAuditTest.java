package app.bonusbot.store;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.Outcome;
import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.AdjustmentKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** What the store writes to the audit log for the CRM sync, and how adjustments reach every process. */
@OnBothStores
class ChangeAuditTest {

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private static LedgerDeal deal(String amount) {
        return new LedgerDeal(new Deal("D-1", "Acme", new BigDecimal(amount), LocalDate.of(2026, 10, 14), "closedwon", Outcome.WON, null, null, null, null),
                "Anna Holm");
    }

    @Test
    void each_deal_the_sync_changes_is_an_audit_entry_with_before_and_after_and_each_pass_that_changed_deals_one_more() {
        try (Database db = Database.open(kind.address(dir), CLOCK)) {
            CrmSyncStore sync = new CrmSyncStore(db, "hubspot");
            // GIVEN a pass that brings a new deal, one that changes its amount, and one that finds it unchanged
            sync.writePage("HubSpot sync", List.of(deal("1000")), null);
            sync.writePage("HubSpot sync", List.of(deal("2000")), null);
            sync.writePage("HubSpot sync", List.of(deal("2000")), null);
            // WHEN the passes are recorded, the last having changed nothing
            sync.recordPass(CLOCK.instant(), "incremental", 1, 1, 0);
            sync.recordPass(CLOCK.instant(), "incremental", 0, 0, 0);
            // THEN there is a deal_changed entry per change, by hubspot, with the fields before and after, and one sync entry
            List<AuditEntry> log = new AuditLog(db).read(null, null);
            assertEquals(List.of("deal_changed", "deal_changed", "sync"), log.stream().map(AuditEntry::action).toList(), log.toString());
            assertTrue(log.stream().allMatch(e -> e.actor().equals("hubspot")), log.toString());
            assertNull(log.get(0).before());
            assertEquals("D-1", log.get(1).subject());
            assertEquals("{\"amount\":\"1000.00\"}", log.get(1).before());
            assertEquals("{\"amount\":\"2000.00\"}", log.get(1).after());
            assertEquals("1 new, 1 changed, 0 removed", log.get(2).detail());
            // AND a sync page is no import entry: the pass is
            assertTrue(log.stream().noneMatch(e -> e.action().equals("import")), log.toString());
        }
    }

    @Test
    void an_adjustment_added_in_the_callers_write_lands_with_its_audit_entry_and_is_seen_by_another_process_at_once() {
        StoreAddress file = kind.address(dir);
        try (Database bot = Database.open(file, CLOCK); Database cli = Database.open(file, CLOCK)) {
            Adjustments book = new Adjustments(bot);
            // GIVEN the bot has answered for Anna, who had no adjustments then
            assertEquals(List.of(), book.of("anna", "2026-Q4"));
            // WHEN another process adds a dispute's adjustment inside its own write, with its case's other steps
            Adjustment added = cli.write(h -> Adjustments.add(h, new Adjustment(0, "anna", "2026-Q4", Optional.of("commission"), new BigDecimal("250.00"),
                    AdjustmentKind.DISPUTE, Optional.of("Acme was missing"), Optional.empty(), Optional.of(7L), Instant.parse("2026-11-27T11:00:00Z"), "boss")));
            // THEN the bot's next answer has it, and the audit log has its entry
            assertEquals(List.of(added), book.of("anna", "2026-Q4"));
            AuditEntry entry = new AuditLog(bot).read("anna", "2026-Q4").get(0);
            assertEquals("dispute", entry.action());
            assertEquals("boss", entry.actor());
            assertEquals("250.00", entry.after());
            assertTrue(entry.detail().contains("Acme was missing"), entry.detail());
        }
    }
}
