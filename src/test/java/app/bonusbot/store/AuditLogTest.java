package app.bonusbot.store;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The audit log keeps every entry in order and lets nothing rewrite or remove one. */
@OnBothStores
class AuditLogTest {

    private static final Instant NINE = Instant.parse("2026-10-01T09:00:00Z");

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    @Test
    void reads_entries_in_the_order_they_were_appended_filtered_by_person_and_period() {
        try (Database db = Database.open(kind.address(dir), CLOCK)) {
            // GIVEN three entries about two people and two periods
            AuditLog log = new AuditLog(db);
            log.append(AuditEntry.of(NINE, "ops", "adjust").person("ana").period("2026-Q3").change("0.00", "500.00").detail("Spiff for the Acme deal"));
            log.append(AuditEntry.of(NINE.plusSeconds(60), "ops", "close").period("2026-Q3"));
            log.append(AuditEntry.of(NINE.plusSeconds(120), "hubspot", "deal_changed").person("ben").period("2026-Q4").subject("D-7").change("won", "lost"));

            // WHEN they are read back, all and filtered
            List<AuditEntry> all = log.read(null, null);
            List<AuditEntry> q3 = log.read(null, "2026-Q3");
            List<AuditEntry> ana = log.read("ana", "2026-Q3");

            // THEN the order, the filters and every field hold
            assertEquals(List.of("adjust", "close", "deal_changed"), all.stream().map(AuditEntry::action).toList());
            assertEquals(List.of("adjust", "close"), q3.stream().map(AuditEntry::action).toList());
            assertEquals(1, ana.size());
            AuditEntry entry = ana.get(0);
            assertEquals(NINE, entry.at());
            assertEquals("0.00", entry.before());
            assertEquals("500.00", entry.after());
            assertEquals("Spiff for the Acme deal", entry.detail());
            assertTrue(entry.id() > 0);
            assertTrue(all.get(2).id() > all.get(1).id());
        }
    }

    @Test
    void refuses_to_rewrite_or_remove_an_entry_even_by_hand_written_sql() {
        try (Database db = Database.open(kind.address(dir), CLOCK)) {
            // GIVEN an entry
            new AuditLog(db).append(AuditEntry.of(NINE, "ops", "reopen").period("2026-Q3").detail("wrong target"));

            // WHEN someone updates or deletes it, THEN the store refuses and the entry stands
            assertThrows(RuntimeException.class, () -> db.useWrite(h -> h.execute("UPDATE audit_log SET detail = 'nothing'")));
            assertThrows(RuntimeException.class, () -> db.useWrite(h -> h.execute("DELETE FROM audit_log")));
            assertEquals("wrong target", new AuditLog(db).read(null, null).get(0).detail());
        }
    }
}
