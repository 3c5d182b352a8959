package app.bonusbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.cli.Cli;
import app.bonusbot.core.payout.Adjustment;
import app.bonusbot.core.payout.AdjustmentKind;
import app.bonusbot.imports.ImportProgress;
import app.bonusbot.imports.ImportResult;
import app.bonusbot.store.ImportKind;
import app.bonusbot.store.OnBothStores;
import app.bonusbot.store.StoreAddress;
import app.bonusbot.store.StoreKind;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Two bot replicas (two {@link Application}s) on one store, each with its read model in memory: a write through one is
 * in the other's next answer, and an answer never mixes the store as it was before a write with the store after it.
 */
@Timeout(120)
@OnBothStores
class ReplicaReadModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final String ANNAS_Q4_TARGET = "person,plan,period,target,target_bonus\nanna.holm,quarterly-bonus,2026-Q4,%s,45000\n";
    private static final String HEADER = "\"Deal ID\",\"Deal Name\",\"Pipeline\",\"Deal Stage\",\"Close Date\",\"Deal owner\",\"Amount\",\"Deal Type\",\"Product\","
            + "\"Create Date\",\"Associated Company\"\n";

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private Path config;
    private StoreAddress store;
    private final HookClock clock = new HookClock(TODAY.atTime(LocalTime.NOON).atZone(ZoneId.of("Europe/Copenhagen")).toInstant());
    private Application replicaA;
    private Application replicaB;

    @BeforeEach
    void two_replicas_on_one_store_with_the_example_deals_and_annas_q4_target_imported() {
        config = DemoCompany.configCopy(dir);
        // Anna's Q4 target comes from an import, so that a test can change it as sales ops would.
        DemoCompany.replace(config.resolve("targets.yaml"),
                "  - {person: anna.holm,      plan: quarterly-bonus, period: 2026-Q4, target: 750_000,   target_bonus: 45_000}\n", "");
        store = kind.address(dir);
        replicaA = Application.open(config, store, clock::withZone, false, null);
        replicaB = open();
        importInto(replicaB, ImportKind.DEALS, "hubspot-deals.csv", readExampleDeals());
        importInto(replicaB, ImportKind.TARGETS, "targets.csv", ANNAS_Q4_TARGET.formatted("750000"));
    }

    @AfterEach
    void close() {
        replicaA.close();
        replicaB.close();
    }

    @Test
    void a_deal_import_through_one_replica_is_in_the_others_next_status() {
        // GIVEN replica A has answered Anna's status, so its read model holds the company and her tallies
        String before = status(replicaA, "status");

        // WHEN replica B imports a new won deal of hers
        importInto(replicaB, ImportKind.DEALS, "more.csv", HEADER + wonDeal("18009900001", 100000));

        // THEN A's next answer has it: the same as a replica started after the import says
        String after = status(replicaA, "status");
        assertNotEquals(before, after);
        assertEquals(freshReplicaSays("status"), after);
    }

    @Test
    void an_adjustment_through_one_replica_is_in_the_others_next_status() {
        // GIVEN replica A has answered Anna's status
        String before = status(replicaA, "status");

        // WHEN replica B adds an adjustment to her Q4
        replicaB.adjustments().add(new Adjustment(0, "anna.holm", "2026-Q4", Optional.empty(), new BigDecimal("1234.00"), AdjustmentKind.MANUAL,
                Optional.of("Split deal with Jakob"), Optional.empty(), Optional.empty(), Instant.now(clock), "karin.dahl"));

        // THEN A's next status shows it
        String after = status(replicaA, "status");
        assertNotEquals(before, after);
        assertTrue(after.contains("Split deal with Jakob"), after);
        assertEquals(freshReplicaSays("status"), after);
    }

    @Test
    void a_close_through_another_process_makes_the_next_answer_the_frozen_one() {
        // GIVEN replica A has answered Anna's Q3 status while Q3 is open
        String before = status(replicaA, "status 2026-Q3");

        // WHEN sales ops closes Q3 with the CLI, a process of its own on the same store
        int exit = Cli.run("close", "2026-Q3", "--config", config.toString(), "--db", dbArgument(), "--today", TODAY.toString());
        assertEquals(0, exit);

        // THEN A's next answer about Q3 is the frozen one, marked as what was paid
        String after = status(replicaA, "status 2026-Q3");
        assertNotEquals(before, after);
        assertTrue(after.contains("this is what was paid"), after);
        assertEquals(freshReplicaSays("status 2026-Q3"), after);
    }

    @Test
    void a_write_between_the_reads_of_one_answer_leaves_that_answer_entirely_old_or_entirely_new() {
        // GIVEN Anna's status as the store is now, and as it will be after a new target and a new deal of hers
        String old = status(replicaA, "status");
        AtomicBoolean wroteMidAnswer = new AtomicBoolean();
        Runnable writes = () -> {
            importInto(replicaB, ImportKind.TARGETS, "targets.csv", ANNAS_Q4_TARGET.formatted("500000"));
            importInto(replicaB, ImportKind.DEALS, "more.csv", HEADER + wonDeal("18009900002", 100000));
            wroteMidAnswer.set(true);
        };

        // WHEN replica B writes both while replica A is answering: after A has read the company, before it reads the
        // deals (the answer's first look at the clock comes between them)
        clock.beforeNextReading(writes);
        String during = status(replicaA, "status");

        // THEN the answer is the old one or the new one, never the old target with the new deal
        assertTrue(wroteMidAnswer.get(), "the write did not happen during the answer");
        String fresh = freshReplicaSays("status");
        assertNotEquals(old, fresh);
        assertTrue(during.equals(old) || during.equals(fresh), "an answer mixing two states of the store:\n" + during + "\nold:\n" + old + "\nnew:\n" + fresh);
        // and the next answer is the new one
        assertEquals(fresh, status(replicaA, "status"));
    }

    private Application open() {
        return Application.open(config, store, zone -> Clock.fixed(TODAY.atTime(LocalTime.NOON).atZone(zone).toInstant(), zone), false, null);
    }

    private String freshReplicaSays(String command) {
        try (Application fresh = open()) {
            return status(fresh, command);
        }
    }

    private static String status(Application replica, String command) {
        return new TextRenderer().render(replica.commands().handle("anna.holm", command));
    }

    private String dbArgument() {
        return store instanceof StoreAddress.Postgres postgres ? postgres.url() : ((StoreAddress.SqliteFile) store).file().toString();
    }

    private static String wonDeal(String id, long amount) {
        return "\"" + id + "\",\"Nordfisk – Platform\",\"default\",\"Closed won\",\"2026-11-20 10:00\",\"Anna Holm\",\"" + amount
                + "\",\"New Business\",\"Platform\",\"2026-10-01 09:00\",\"Nordfisk\"\n";
    }

    private static String readExampleDeals() {
        try {
            return java.nio.file.Files.readString(Path.of("docs/examples/hubspot-deals.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void importInto(Application replica, ImportKind kind, String fileName, String csv) {
        try {
            ImportResult result = replica.importer(kind).importCsv(fileName, new StringReader(csv), ImportProgress.NONE);
            assertTrue(result.succeeded(), result.summary().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixed clock that runs a hook, once, the next time it is read: a write at an exact point of an answer. */
    private static final class HookClock extends Clock {

        private final Instant now;
        private final ZoneId zone;
        private final AtomicReference<Runnable> next;

        HookClock(Instant now) {
            this(now, ZoneId.of("UTC"), new AtomicReference<>());
        }

        private HookClock(Instant now, ZoneId zone, AtomicReference<Runnable> next) {
            this.now = now;
            this.zone = zone;
            this.next = next;
        }

        void beforeNextReading(Runnable hook) {
            next.set(hook);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new HookClock(now, other, next);
        }

        @Override
        public Instant instant() {
            Runnable hook = next.getAndSet(null);
            if (hook != null) {
                hook.run();
            }
            return now;
        }
    }
}
