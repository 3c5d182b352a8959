package app.bonusbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.ManualClock;
import app.bonusbot.core.announce.PostClaims.ClaimResult;
import app.bonusbot.core.announce.PostClaims.Source;
import app.bonusbot.store.DeliveriesSeen.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Two bot processes (two Database instances) on one store: what must happen once is decided by the store. */
@OnBothStores
class OnceInTheStoreTest {

    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final Instant NINE = Instant.parse("2026-12-07T08:00:00Z");

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneId.of("Europe/Copenhagen")));
    private final List<Database> opened = new ArrayList<>();

    private Database process() {
        Database db = Database.open(kind.address(dir), clock);
        opened.add(db);
        return db;
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private Instant endOfWindow() {
        return clock.instant().plus(WINDOW);
    }

    @Test
    void the_same_slack_event_id_trigger_id_and_discord_interaction_id_are_each_had_by_exactly_one_of_two_processes() {
        // given two processes on one store
        DeliveriesSeen first = new DeliveriesSeen(process());
        DeliveriesSeen second = new DeliveriesSeen(process());
        // when each delivery reaches the first process and its retry the second
        Verdict event = first.claim("slack", "event", "Ev0123", endOfWindow());
        Verdict eventRetry = second.claim("slack", "event", "Ev0123", endOfWindow());
        Verdict trigger = second.claim("slack", "command", "13345224609.738474920.8088930838d88f008e0", endOfWindow());
        Verdict triggerRetry = first.claim("slack", "command", "13345224609.738474920.8088930838d88f008e0", endOfWindow());
        Verdict interaction = first.claim("discord", "interaction", "1180000000000000001", endOfWindow());
        Verdict interactionReplay = second.claim("discord", "interaction", "1180000000000000001", endOfWindow());
        // then the original is acted on and the repeat, in the other process, is not
        assertEquals(List.of(Verdict.FIRST, Verdict.REPEAT), List.of(event, eventRetry));
        assertEquals(List.of(Verdict.FIRST, Verdict.REPEAT), List.of(trigger, triggerRetry));
        assertEquals(List.of(Verdict.FIRST, Verdict.REPEAT), List.of(interaction, interactionReplay));
    }

    @Test
    void the_same_id_on_another_platform_or_of_another_kind_is_another_delivery() {
        // given a Slack trigger id had by one process
        DeliveriesSeen first = new DeliveriesSeen(process());
        DeliveriesSeen second = new DeliveriesSeen(process());
        first.claim("slack", "command", "T1", endOfWindow());
        // when
        Verdict otherKind = second.claim("slack", "survey", "T1", endOfWindow());
        Verdict otherPlatform = second.claim("discord", "command", "T1", endOfWindow());
        // then
        assertEquals(List.of(Verdict.FIRST, Verdict.FIRST), List.of(otherKind, otherPlatform));
    }

    @Test
    void two_processes_claiming_one_event_at_the_same_moment_get_one_yes_between_them() throws Exception {
        // given two processes, each about to claim the same event on threads of their own
        List<DeliveriesSeen> processes = List.of(new DeliveriesSeen(process()), new DeliveriesSeen(process()));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                String id = "Ev" + round;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Verdict>> claims = new ArrayList<>();
                for (DeliveriesSeen p : processes) {
                    claims.add(threads.submit(() -> {
                        go.await();
                        return p.claim("slack", "event", id, endOfWindow());
                    }));
                }
                // when
                go.countDown();
                List<Verdict> verdicts = new ArrayList<>();
                for (Future<Verdict> claim : claims) {
                    verdicts.add(claim.get());
                }
                // then
                assertEquals(1, verdicts.stream().filter(v -> v == Verdict.FIRST).count(), "round " + round + ": " + verdicts);
                assertEquals(1, verdicts.stream().filter(v -> v == Verdict.REPEAT).count(), "round " + round + ": " + verdicts);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_retry_after_the_window_is_new_again_and_expired_ids_are_removed_in_passing() {
        // given an event had by one process
        DeliveriesSeen first = new DeliveriesSeen(process());
        DeliveriesSeen second = new DeliveriesSeen(process());
        first.claim("slack", "event", "Ev1", endOfWindow());
        first.claim("slack", "event", "Ev2", endOfWindow());
        // when it comes again once its window has passed
        clock.advance(WINDOW.plusSeconds(1));
        Verdict late = second.claim("slack", "event", "Ev1", endOfWindow());
        Verdict lateAgain = first.claim("slack", "event", "Ev1", endOfWindow());
        // then it is a new delivery, once, and the other expired id is gone from the store
        assertEquals(Verdict.FIRST, late);
        assertEquals(Verdict.REPEAT, lateAgain);
        assertEquals(1, second.size());
    }

    @Test
    void a_forgotten_delivery_can_be_claimed_again() {
        // given a request signature claimed, then refused by the signature check
        DeliveriesSeen first = new DeliveriesSeen(process());
        DeliveriesSeen second = new DeliveriesSeen(process());
        first.claim("slack", "signature", "v0=abc", endOfWindow());
        // when
        first.forget("slack", "signature", "v0=abc");
        // then
        assertEquals(Verdict.FIRST, second.claim("slack", "signature", "v0=abc", endOfWindow()));
    }

    @Test
    void a_week_posted_on_slack_does_not_stop_discords_claim_of_it_but_a_second_slack_claim_is_refused() {
        // given one process claimed Nordics' week on Slack
        PostLedger slackProcess = new PostLedger(process());
        PostLedger discordProcess = new PostLedger(process());
        ClaimResult slack = slackProcess.claim("nordics", "Slack", "2026-W50", MONDAY, NINE, Source.SCHEDULE);
        // when another process claims the same team and week on Discord, and again on Slack
        ClaimResult discord = discordProcess.claim("nordics", "Discord", "2026-W50", MONDAY, NINE, Source.SCHEDULE);
        ClaimResult slackAgain = discordProcess.claim("nordics", "Slack", "2026-W50", MONDAY, NINE, Source.SCHEDULE);
        // then
        assertInstanceOf(ClaimResult.Claimed.class, slack);
        assertInstanceOf(ClaimResult.Claimed.class, discord);
        assertInstanceOf(ClaimResult.Taken.class, slackAgain);
        assertTrue(slackProcess.markSent(((ClaimResult.Claimed) slack).claim()));
        assertTrue(discordProcess.find("nordics", "Slack", "2026-W50").orElseThrow().sent());
        assertFalse(discordProcess.find("nordics", "Discord", "2026-W50").orElseThrow().sent());
    }

    @Test
    void the_sync_lease_is_taken_by_one_refused_to_the_other_while_valid_and_taken_over_after_it_runs_out() {
        // given two processes
        Leases first = new Leases(process());
        Leases second = new Leases(process());
        Duration length = Duration.ofMinutes(2);
        // when the first takes the lease, the second asks, the first renews, and then the first dies
        boolean firstTakes = first.take("hubspot sync", "process-1", length);
        boolean secondRefused = second.take("hubspot sync", "process-2", length);
        clock.advance(Duration.ofMinutes(1));
        boolean firstRenews = first.take("hubspot sync", "process-1", length);
        clock.advance(Duration.ofSeconds(90));
        boolean secondStillRefused = second.take("hubspot sync", "process-2", length);
        clock.advance(Duration.ofSeconds(31));
        boolean secondTakesOver = second.take("hubspot sync", "process-2", length);
        // then
        assertTrue(firstTakes);
        assertFalse(secondRefused);
        assertTrue(firstRenews);
        assertFalse(secondStillRefused, "renewed, the lease was still valid");
        assertTrue(secondTakesOver, "the first stopped renewing; its lease ran out");
        assertEquals("process-2", first.find("hubspot sync").orElseThrow().holder());
        assertFalse(first.take("hubspot sync", "process-1", length), "the old holder does not get it back while the new one's is valid");
    }

    @Test
    void a_lease_given_back_is_free_at_once() {
        // given
        Leases first = new Leases(process());
        Leases second = new Leases(process());
        first.take("hubspot sync", "process-1", Duration.ofMinutes(2));
        // when
        first.giveBack("hubspot sync", "process-1");
        // then
        assertTrue(second.take("hubspot sync", "process-2", Duration.ofMinutes(2)));
    }
}
