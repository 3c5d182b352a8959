package app.bonusbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.ManualClock;
import app.bonusbot.store.DeliveriesSeen.Verdict;
import app.bonusbot.store.PendingAnswers.PendingAnswer;
import app.bonusbot.store.PendingAnswers.TakeOver;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

/** Answers owed by bot processes on one store (two or three Database instances): recorded with the ack, taken over once when their process dies. */
@OnBothStores
class PendingAnswersTest {

    private static final Duration ALIVE_FOR = Duration.ofSeconds(15);
    private static final String URL = "https://hooks.slack.com/commands/T0NORDLYS/1/secret";

    @Parameter
    StoreKind kind;

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneId.of("Europe/Copenhagen")));
    private final List<Database> opened = new ArrayList<>();

    private PendingAnswers process(String name) {
        Database db = Database.open(kind.address(dir), clock);
        opened.add(db);
        PendingAnswers answers = new PendingAnswers(db, name);
        answers.stayAlive(ALIVE_FOR);
        return answers;
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    private Instant inAnHour() {
        return clock.instant().plus(Duration.ofHours(1));
    }

    private Verdict command(PendingAnswers process, String triggerId) {
        return process.claimOwing("slack", "command", triggerId, inAnHour(), "U0ANNA01", "status", URL);
    }

    @Test
    void a_command_is_owed_an_answer_from_its_first_claim_and_a_retry_to_another_process_owes_nothing_more() {
        // GIVEN two processes on one store
        PendingAnswers first = process("a");
        PendingAnswers second = process("b");
        // WHEN a command reaches the first and its retry the second
        Verdict original = command(first, "T1");
        Verdict retry = command(second, "T1");
        // THEN one answer is owed, by the first, with what it takes to answer it
        assertEquals(List.of(Verdict.FIRST, Verdict.REPEAT), List.of(original, retry));
        List<PendingAnswer> owed = first.all();
        assertEquals(1, owed.size());
        assertEquals(List.of("slack", "T1", "U0ANNA01", "status", URL, "a"),
                List.of(owed.get(0).platform(), owed.get(0).deliveryId(), owed.get(0).userId(), owed.get(0).text(), owed.get(0).responseUrl(), owed.get(0).holder()));
    }

    @Test
    void an_answer_that_went_out_is_owed_no_more() {
        // GIVEN a command owed an answer
        PendingAnswers first = process("a");
        command(first, "T1");
        // WHEN it is answered
        assertTrue(first.answered("slack", "T1"));
        // THEN nothing is owed, and a process that looks after the holder died finds nothing
        clock.advance(ALIVE_FOR.plusSeconds(1));
        PendingAnswers second = process("b");
        assertEquals(List.of(), first.all());
        assertEquals(List.of(), second.takeOverFromTheDead("slack").taken());
    }

    @Test
    void the_answers_of_a_living_process_are_not_taken_over() {
        // GIVEN a process that owes an answer and keeps its lease on being alive
        PendingAnswers first = process("a");
        PendingAnswers second = process("b");
        command(first, "T1");
        clock.advance(ALIVE_FOR.minusSeconds(5));
        first.stayAlive(ALIVE_FOR);
        clock.advance(ALIVE_FOR.minusSeconds(5));
        // WHEN another looks for answers of dead processes
        TakeOver look = second.takeOverFromTheDead("slack");
        // THEN it finds none
        assertEquals(List.of(), look.taken());
        assertEquals("a", second.all().get(0).holder());
    }

    @Test
    void the_answers_of_a_process_that_died_are_taken_over_by_exactly_one_of_two_survivors() throws Exception {
        // GIVEN a process that owed three answers and died (its lease ran out), and two survivors
        PendingAnswers dead = process("dead");
        command(dead, "T1");
        command(dead, "T2");
        command(dead, "T3");
        clock.advance(ALIVE_FOR.plusSeconds(1));
        List<PendingAnswers> survivors = List.of(process("b"), process("c"));
        // WHEN both look at the same moment
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<TakeOver> looks = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<TakeOver>> running = new ArrayList<>();
            for (PendingAnswers survivor : survivors) {
                running.add(threads.submit(() -> {
                    go.await();
                    return survivor.takeOverFromTheDead("slack");
                }));
            }
            go.countDown();
            for (Future<TakeOver> look : running) {
                looks.add(look.get());
            }
        } finally {
            threads.shutdownNow();
        }
        // THEN each answer was taken over once, by one of them, and is now held by it
        List<String> taken = new ArrayList<>();
        looks.forEach(look -> look.taken().forEach(a -> taken.add(a.deliveryId())));
        taken.sort(null);
        assertEquals(List.of("T1", "T2", "T3"), taken);
        for (PendingAnswer owed : dead.all()) {
            assertTrue(List.of("b", "c").contains(owed.holder()), owed.toString());
            assertEquals(1, owed.takenOver());
        }
    }

    @Test
    void a_taken_over_answer_is_not_taken_again_while_its_new_holder_lives() {
        // GIVEN an answer taken over from a dead process by a survivor that stays alive
        PendingAnswers dead = process("dead");
        command(dead, "T1");
        clock.advance(ALIVE_FOR.plusSeconds(1));
        PendingAnswers survivor = process("b");
        PendingAnswers other = process("c");
        assertEquals(1, survivor.takeOverFromTheDead("slack").taken().size());
        // WHEN another survivor looks
        TakeOver look = other.takeOverFromTheDead("slack");
        // THEN it finds nothing to take
        assertEquals(List.of(), look.taken());
    }

    @Test
    void an_answer_slack_no_longer_waits_for_is_given_up_not_answered() {
        // GIVEN a process that died owing an answer, and nobody looked for 30 minutes
        PendingAnswers dead = process("dead");
        command(dead, "T1");
        clock.advance(PendingAnswers.ANSWERED_WITHIN);
        PendingAnswers survivor = process("b");
        // WHEN a survivor looks
        TakeOver look = survivor.takeOverFromTheDead("slack");
        // THEN it is given up and forgotten
        assertEquals(List.of(), look.taken());
        assertEquals(List.of("T1"), look.givenUp().stream().map(PendingAnswer::deliveryId).toList());
        assertEquals(List.of(), survivor.all());
    }

    @Test
    void a_discord_answer_is_given_up_after_the_fifteen_minutes_of_its_interaction_token_while_a_slack_one_of_that_age_is_still_taken() {
        // GIVEN a process that died owing a Discord answer and a Slack answer, and nobody looked for 15 minutes
        PendingAnswers dead = process("dead");
        dead.claimOwing("discord", "command", "1250000000000000777", inAnHour(), "700000000000000201", "{\"subcommand\":\"status\",\"options\":{}}",
                "webhooks/1250000000000000001/secret-interaction-token/messages/@original");
        command(dead, "T1");
        clock.advance(PendingAnswers.DISCORD_ANSWERED_WITHIN);
        PendingAnswers survivor = process("b");
        // WHEN a survivor looks for each platform with its window
        TakeOver discord = survivor.takeOverFromTheDead("discord", PendingAnswers.DISCORD_ANSWERED_WITHIN);
        TakeOver slack = survivor.takeOverFromTheDead("slack", PendingAnswers.ANSWERED_WITHIN);
        // THEN Discord's is given up and forgotten, while Slack's response URL still takes its answer
        assertEquals(List.of(), discord.taken());
        assertEquals(List.of("1250000000000000777"), discord.givenUp().stream().map(PendingAnswer::deliveryId).toList());
        assertEquals(List.of("T1"), slack.taken().stream().map(PendingAnswer::deliveryId).toList());
        assertEquals(List.of("T1"), survivor.all().stream().map(PendingAnswer::deliveryId).toList());
    }

    @Test
    void a_command_whose_answering_killed_three_processes_is_given_up() {
        // GIVEN an answer taken over by one process after another, each dying before answering it
        PendingAnswers holder = process("p0");
        command(holder, "T1");
        for (int i = 1; i <= PendingAnswers.MOST_TAKEOVERS; i++) {
            clock.advance(ALIVE_FOR.plusSeconds(1));
            holder = process("p" + i);
            assertEquals(1, holder.takeOverFromTheDead("slack").taken().size(), "take-over " + i);
        }
        // WHEN the last of them dies too and another looks
        clock.advance(ALIVE_FOR.plusSeconds(1));
        TakeOver look = process("last").takeOverFromTheDead("slack");
        // THEN the command is given up
        assertEquals(List.of(), look.taken());
        assertEquals(1, look.givenUp().size());
    }

    @Test
    void a_process_that_leaves_gracefully_hands_its_answers_over_at_once() {
        // GIVEN a process owing an answer, stopping gracefully
        PendingAnswers leaving = process("a");
        PendingAnswers staying = process("b");
        command(leaving, "T1");
        // WHEN it gives its lease on being alive back
        leaving.leave();
        // THEN another takes its answer over without waiting for the lease to run out
        assertEquals(List.of("T1"), staying.takeOverFromTheDead("slack").taken().stream().map(PendingAnswer::deliveryId).toList());
    }
}
