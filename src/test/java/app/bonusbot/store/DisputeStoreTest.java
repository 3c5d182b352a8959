package app.bonusbot.store;

import static app.bonusbot.store.StoreFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.AdjustmentKind;
import app.bonusbot.core.dispute.Dispute;
import app.bonusbot.core.dispute.DisputeState;
import app.bonusbot.core.dispute.DisputeVerdict;
import app.bonusbot.core.dispute.NewDispute;
import app.bonusbot.core.dispute.Resolution;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Cases are numbered, resolved once, and every step is in the audit log, written with the change. */
@OnBothStores
class DisputeStoreTest {

    private static final Instant OPENED = Instant.parse("2026-11-27T09:00:00Z");
    private static final Instant RESOLVED = Instant.parse("2026-11-28T10:30:00Z");

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private static NewDispute annasCase() {
        return new NewDispute("anna.holm", "The Acme deal is missing", Optional.of("D-123"), Optional.of("quarterly"), "2026-Q4", OPENED);
    }

    @Test
    void a_case_opened_gets_the_next_number_and_its_audit_entry() {
        try (Database db = Database.open(kind.address(dir), CLOCK)) {
            // GIVEN a store
            DisputeStore store = new DisputeStore(db);
            // WHEN two cases are opened
            Dispute first = store.open(annasCase());
            Dispute second = store.open(new NewDispute("mikkel.larsen", "Wrong rate", Optional.empty(), Optional.empty(), "2026-Q4", OPENED));
            // THEN they are numbered 1 and 2, open, and each opening is in the audit log with the seller as actor
            assertEquals(List.of(1L, 2L), List.of(first.number(), second.number()));
            assertEquals(DisputeState.OPEN, first.state());
            assertEquals(Optional.of("D-123"), first.dealId());
            List<AuditEntry> entries = new AuditLog(db).read("anna.holm", null);
            assertEquals(1, entries.size());
            AuditEntry opened = entries.get(0);
            assertEquals(List.of("anna.holm", DisputeStore.OPENED, "case 1", "2026-Q4", "open", "The Acme deal is missing [deal D-123] [plan quarterly]"),
                    List.of(opened.actor(), opened.action(), opened.subject(), opened.periodKey(), opened.after(), opened.detail()));
        }
    }

    @Test
    void resolving_records_the_answer_the_amount_in_cents_and_its_audit_entry_in_one_write() {
        try (Database db = Database.open(kind.address(dir), CLOCK)) {
            // GIVEN an open case
            DisputeStore store = new DisputeStore(db);
            long number = store.open(annasCase()).number();
            // WHEN an admin accepts it with 500
            Resolution resolution = store.resolve(number, new DisputeVerdict(true, Optional.of(new BigDecimal("500.00")), "Added the Acme deal"), "karin.dahl",
                    RESOLVED);
            // THEN the case is accepted with its answer and amount, and the resolve is audited with before and after
            Dispute resolved = assertInstanceOf(Resolution.Resolved.class, resolution).dispute();
            assertEquals(DisputeState.ACCEPTED, resolved.state());
            assertEquals(Optional.of(new BigDecimal("500.00")), resolved.adjustment());
            assertEquals(Optional.of("karin.dahl"), resolved.resolvedBy());
            assertEquals(Optional.of(RESOLVED), resolved.resolvedAt());
            assertEquals(Long.valueOf(50_000L), db.jdbi().withHandle(h -> h.createQuery("SELECT adjustment_cents FROM disputes").mapTo(Long.class).one()));
            List<AuditEntry> entries = new AuditLog(db).read("anna.holm", null);
            AuditEntry entry = entries.get(entries.size() - 1);
            assertEquals(List.of("karin.dahl", DisputeStore.RESOLVED, "case 1", "open", "accepted 500.00", "Added the Acme deal"),
                    List.of(entry.actor(), entry.action(), entry.subject(), entry.before(), entry.after(), entry.detail()));
            // AND in the same write the amount became a dispute adjustment paid with the case's period, which is open
            List<Adjustment> adjustments = new Adjustments(db).of("anna.holm", annasCase().periodKey());
            assertEquals(1, adjustments.size());
            assertEquals(AdjustmentKind.DISPUTE, adjustments.get(0).kind());
            assertEquals(new BigDecimal("500.00"), adjustments.get(0).amount());
            assertEquals(Optional.of(number), adjustments.get(0).disputeNumber());
            assertEquals(List.of("dispute_opened", "dispute", "dispute_resolved"), entries.stream().map(AuditEntry::action).toList());
        }
    }

    @Test
    void resolving_twice_is_refused_and_changes_nothing() {
        try (Database db = Database.open(kind.address(dir), CLOCK)) {
            // GIVEN a case rejected once
            DisputeStore store = new DisputeStore(db);
            long number = store.open(annasCase()).number();
            store.resolve(number, new DisputeVerdict(false, Optional.empty(), "The deal closed in January"), "karin.dahl", RESOLVED);
            // WHEN it is resolved again, this time accepted
            Resolution again = store.resolve(number, new DisputeVerdict(true, Optional.of(BigDecimal.TEN), "Changed my mind"), "cli", RESOLVED.plusSeconds(60));
            // THEN the second resolve is refused, naming the first, and neither the case nor the audit log changed
            Dispute first = assertInstanceOf(Resolution.AlreadyResolved.class, again).dispute();
            assertEquals(List.of(DisputeState.REJECTED, Optional.of("karin.dahl"), Optional.of("The deal closed in January"), Optional.empty()),
                    List.of(first.state(), first.resolvedBy(), first.answer(), first.adjustment()));
            assertEquals(first, store.byNumber(number).orElseThrow());
            assertEquals(2, new AuditLog(db).read("anna.holm", null).size());
        }
    }

    @Test
    void an_unknown_case_is_named_as_unknown() {
        try (Database db = Database.open(kind.address(dir), CLOCK)) {
            // WHEN a case nobody opened is resolved
            Resolution resolution = new DisputeStore(db).resolve(42, new DisputeVerdict(false, Optional.empty(), "No"), "cli", RESOLVED);
            // THEN
            assertEquals(new Resolution.Unknown(42), resolution);
            assertTrue(new AuditLog(db).read(null, null).isEmpty());
        }
    }

    @Test
    void the_answer_is_claimed_once_for_telling_and_given_back_when_no_platform_took_it() {
        try (Database db = Database.open(kind.address(dir), CLOCK)) {
            // GIVEN a resolved case and an open one
            DisputeStore store = new DisputeStore(db);
            long resolved = store.open(annasCase()).number();
            store.open(annasCase());
            store.resolve(resolved, new DisputeVerdict(false, Optional.empty(), "No"), "cli", RESOLVED);
            // WHEN two processes claim telling it
            boolean first = store.claimTelling(resolved, RESOLVED);
            boolean second = store.claimTelling(resolved, RESOLVED);
            // THEN only one may; a claim given back makes it untold again
            assertEquals(List.of(true, false), List.of(first, second));
            assertTrue(store.untold().isEmpty());
            store.untell(resolved);
            assertEquals(List.of(resolved), store.untold().stream().map(Dispute::number).toList());
        }
    }

    @Test
    void lists_newest_first_by_person_and_open_only() {
        try (Database db = Database.open(kind.address(dir), CLOCK)) {
            // GIVEN two cases of Anna (one resolved) and one of Mikkel
            DisputeStore store = new DisputeStore(db);
            long one = store.open(annasCase()).number();
            long two = store.open(annasCase()).number();
            long three = store.open(new NewDispute("mikkel.larsen", "Wrong rate", Optional.empty(), Optional.empty(), "2026-Q4", OPENED)).number();
            store.resolve(one, new DisputeVerdict(false, Optional.empty(), "No"), "cli", RESOLVED);
            // THEN
            assertEquals(List.of(three, two, one), store.list(Optional.empty(), false).stream().map(Dispute::number).toList());
            assertEquals(List.of(two, one), store.list(Optional.of("anna.holm"), false).stream().map(Dispute::number).toList());
            assertEquals(List.of(three, two), store.list(Optional.empty(), true).stream().map(Dispute::number).toList());
        }
    }

    @Test
    void an_accepted_case_carries_no_amount_when_rejected() {
        // A rejected case with an amount is a mistake the verdict refuses before anything is stored.
        assertThrows(IllegalArgumentException.class, () -> new DisputeVerdict(false, Optional.of(BigDecimal.ONE), "No"));
    }
}
