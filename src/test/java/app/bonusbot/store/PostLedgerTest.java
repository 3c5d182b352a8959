package app.bonusbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.announce.PostClaims.ClaimResult;
import app.bonusbot.core.announce.PostClaims.Source;
import app.bonusbot.core.announce.PostClaims;
import app.bonusbot.bot.ManualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothStores
class PostLedgerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final Instant NINE = Instant.parse("2026-12-07T08:00:00Z");

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneId.of("Europe/Copenhagen")));
    private final List<Database> opened = new ArrayList<>();

    private Database open() {
        Database db = Database.open(kind.address(dir), clock);
        opened.add(db);
        return db;
    }

    private PostLedger posts;

    @BeforeEach
    void a_database() {
        posts = new PostLedger(open());
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private ClaimResult claimMonday(PostLedger ledger) {
        return ledger.claim("nordics", "Slack", "2026-W50", MONDAY, NINE, Source.SCHEDULE);
    }

    @Test
    void the_first_claim_of_a_week_wins_and_the_next_finds_it_taken() {
        // when
        ClaimResult first = claimMonday(posts);
        ClaimResult second = claimMonday(posts);
        // then
        assertInstanceOf(ClaimResult.Claimed.class, first);
        PostClaims.PostRecord existing = assertInstanceOf(ClaimResult.Taken.class, second).existing();
        assertFalse(existing.sent());
        assertEquals(MONDAY, existing.postDate());
        assertEquals(Source.SCHEDULE, existing.source());
    }

    @Test
    void a_sent_post_is_never_claimed_again_however_old() {
        // given
        PostClaims.Claim claim = ((ClaimResult.Claimed) claimMonday(posts)).claim();
        assertTrue(posts.markSent(claim));
        // when
        clock.advance(Duration.ofDays(30));
        ClaimResult later = claimMonday(posts);
        // then
        PostClaims.PostRecord existing = assertInstanceOf(ClaimResult.Taken.class, later).existing();
        assertTrue(existing.sent());
        assertEquals(NINE, existing.sentAt());
    }

    @Test
    void a_claim_never_marked_sent_is_taken_over_after_fifteen_minutes_and_not_before() {
        // given a process claimed the post and died
        PostClaims.Claim dead = ((ClaimResult.Claimed) claimMonday(posts)).claim();
        // when
        clock.advance(PostClaims.STALE_AFTER.minusSeconds(1));
        ClaimResult tooEarly = claimMonday(posts);
        clock.advance(Duration.ofSeconds(2));
        ClaimResult takenOver = claimMonday(posts);
        // then
        assertInstanceOf(ClaimResult.Taken.class, tooEarly);
        PostClaims.Claim mine = assertInstanceOf(ClaimResult.Claimed.class, takenOver).claim();
        assertFalse(posts.markSent(dead), "the dead process's claim no longer counts");
        assertTrue(posts.markSent(mine));
    }

    @Test
    void a_released_claim_can_be_claimed_again_at_once() {
        // given the post could not be sent
        PostClaims.Claim claim = ((ClaimResult.Claimed) claimMonday(posts)).claim();
        // when
        posts.release(claim);
        ClaimResult again = claimMonday(posts);
        // then
        assertInstanceOf(ClaimResult.Claimed.class, again);
    }

    @Test
    void other_weeks_and_teams_are_claimed_on_their_own() {
        // given
        claimMonday(posts);
        // when
        ClaimResult nextWeek = posts.claim("nordics", "Slack", "2026-W51", MONDAY.plusWeeks(1), NINE.plus(Duration.ofDays(7)), Source.SCHEDULE);
        ClaimResult otherTeam = posts.claim("dach", "Slack", "2026-W50", MONDAY, NINE, Source.ANNOUNCE);
        // then
        assertInstanceOf(ClaimResult.Claimed.class, nextWeek);
        assertInstanceOf(ClaimResult.Claimed.class, otherTeam);
    }

    @Test
    void the_previous_post_is_the_latest_sent_one_before_the_day() {
        // given posts on two Mondays, and a claim not sent on a third
        for (LocalDate day : List.of(MONDAY.minusWeeks(2), MONDAY.minusWeeks(1))) {
            String week = day.equals(MONDAY.minusWeeks(2)) ? "2026-W48" : "2026-W49";
            posts.markSent(((ClaimResult.Claimed) posts.claim("nordics", "Slack", week, day, NINE, Source.SCHEDULE)).claim());
        }
        claimMonday(posts);
        // when
        Optional<LocalDate> beforeNextMonday = posts.lastPostBefore("nordics", MONDAY.plusWeeks(1));
        Optional<LocalDate> beforeMonday = posts.lastPostBefore("nordics", MONDAY);
        Optional<LocalDate> otherTeam = posts.lastPostBefore("dach", MONDAY);
        // then
        assertEquals(Optional.of(MONDAY.minusWeeks(1)), beforeNextMonday);
        assertEquals(Optional.of(MONDAY.minusWeeks(1)), beforeMonday);
        assertEquals(Optional.empty(), otherTeam);
    }

    @Test
    void two_processes_claiming_the_same_week_at_the_same_moment_get_one_claim_between_them() throws Exception {
        // given two databases on one file, as two bot processes have
        PostLedger other = new PostLedger(open());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<ClaimResult>> results = new ArrayList<>();
        // when
        for (int i = 0; i < 8; i++) {
            PostLedger ledger = i % 2 == 0 ? posts : other;
            Callable<ClaimResult> claim = () -> {
                start.await();
                return claimMonday(ledger);
            };
            results.add(threads.submit(claim));
        }
        start.countDown();
        int claimed = 0;
        for (Future<ClaimResult> result : results) {
            claimed += result.get() instanceof ClaimResult.Claimed ? 1 : 0;
        }
        threads.shutdown();
        // then
        assertEquals(1, claimed);
    }
}
