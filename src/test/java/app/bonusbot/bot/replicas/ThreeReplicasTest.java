package app.bonusbot.bot.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.replicas.SlashCommands.Command;
import app.bonusbot.chat.slack.FakeSlackApi;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.store.StoreAddress;
import app.bonusbot.store.StoreKind;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's test: three bot processes (separate JVMs) in HTTP mode on one PostgreSQL behave as one bot. They start
 * once for the class; the test that kills one runs last.
 */
@Tag("replicas")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class ThreeReplicasTest {

    private static final Duration ANSWERED = Duration.ofSeconds(20);
    /** A dead process's answers wait for its lease to run out, then for the next look of a survivor. */
    private static final Duration TAKEN_OVER = Duration.ofSeconds(60);
    private static final List<String> SELLERS = List.of("U0ANNA01", "U0MIKKEL1", "U0FREDE01", "U0EMMA01", "U0LUKAS01", "U0HANNA01");

    private ReplicaCluster cluster;

    @BeforeAll
    void threeBotProcessesInHttpModeOnOnePostgresql(@TempDir Path dir) {
        StoreAddress.Postgres address = (StoreAddress.Postgres) StoreKind.POSTGRESQL.address(dir);
        cluster = ReplicaCluster.start(3, address, dir);
    }

    @AfterAll
    void stop() {
        try {
            if (cluster != null) {
                cluster.close();
            }
        } finally {
            StoreKind.dropHandedOut();
        }
    }

    @Test
    @Order(1)
    void a_stream_of_commands_with_retries_and_replays_sent_to_other_replicas_gets_exactly_one_answer_each() {
        // GIVEN a stream of /bonus commands, round-robin over the three processes
        FakeSlackApi slack = cluster.slack;
        List<Command> stream = new ArrayList<>();
        Map<String, Integer> acks = new TreeMap<>();
        for (int i = 0; i < 18; i++) {
            Command command = cluster.commands.command("stream-" + i, SELLERS.get(i % SELLERS.size()), "status");
            stream.add(command);
            URI original = cluster.nextReplica();
            // WHEN each is sent, every third is retried by Slack and every third replayed, each to another process
            acks.put(command.id(), cluster.commands.send(command, original));
            if (i % 3 == 0) {
                assertEquals(200, cluster.commands.retry(command, 1, cluster.otherThan(original, 1)), "a retry is acknowledged");
            }
            if (i % 3 == 1) {
                cluster.commands.replay(command, cluster.otherThan(original, 2));
            }
        }
        // THEN every command was acknowledged and answered once, at its response URL
        assertTrue(acks.values().stream().allMatch(status -> status == 200), "acks: " + acks);
        Eventually.await(ANSWERED, () -> stream.stream().allMatch(c -> !slack.responsesTo(c.id()).isEmpty()),
                () -> "answers: " + slack.responseCounts() + cluster.logs());
        awaitNoAnswerOwed();
        Map<String, Integer> answers = stream.stream().collect(Collectors.toMap(Command::id, c -> slack.responsesTo(c.id()).size(), (a, b) -> a, TreeMap::new));
        assertTrue(answers.values().stream().allMatch(n -> n == 1), "answers per command: " + answers);
    }

    @Test
    @Order(2)
    void a_replayed_request_is_refused_by_another_replica_than_the_one_that_accepted_it() {
        // GIVEN a command accepted by one process
        Command command = cluster.commands.command("replayed", SELLERS.get(0), "status");
        URI original = cluster.nextReplica();
        assertEquals(200, cluster.commands.send(command, original));
        // WHEN the same signed request is sent to each of the others
        int second = cluster.commands.replay(command, cluster.otherThan(original, 1));
        int third = cluster.commands.replay(command, cluster.otherThan(original, 2));
        // THEN they refuse it as the first would: its signature was accepted within the last 5 minutes
        assertEquals(List.of(401, 401), List.of(second, third));
        Eventually.await(ANSWERED, () -> !cluster.slack.responsesTo(command.id()).isEmpty(), cluster::logs);
        assertEquals(1, cluster.slack.responsesTo(command.id()).size());
    }

    @Test
    @Order(3)
    void the_weekly_post_due_while_all_three_run_goes_out_exactly_once_per_team_and_platform() {
        // GIVEN the week's posts were due when the three processes started, each of them racing for every team's week
        Map<String, String> channels = new LinkedHashMap<>();
        cluster.store.config().posts().teams().forEach(t -> t.channel(ChatPlatform.SLACK).ifPresent(c -> channels.put(c, t.teamId())));
        assertFalse(channels.isEmpty(), "bot-config/posts.yaml has teams with a Slack channel");
        // WHEN every team's week is recorded as sent
        Eventually.await(ANSWERED, () -> postsSent() >= channels.size(), () -> postsSent() + " weeks sent" + cluster.logs());
        // THEN each team's channel got one post in Slack
        Map<String, Long> posts = cluster.slack.accepted("chat.postMessage").stream()
                .map(call -> call.param("channel"))
                .filter(channels::containsKey)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        Map<String, Long> once = channels.keySet().stream().collect(Collectors.toMap(Function.identity(), c -> 1L, (a, b) -> a, TreeMap::new));
        assertEquals(once, posts);
    }

    @Test
    @Order(4)
    void a_survey_round_reaches_every_person_once() {
        // GIVEN the survey's round was due when the three processes started
        Eventually.await(ANSWERED, () -> surveyAudience() > 0 && surveyMessages().values().stream().mapToLong(Long::longValue).sum() >= surveyAudience(),
                () -> "audience " + surveyAudience() + ", messages " + surveyMessages() + cluster.logs());
        // THEN one round was opened, and each person of its audience got the survey once
        Map<String, Long> reached = surveyMessages();
        int rounds = cluster.store.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM survey_runs").mapTo(Integer.class).one());
        assertEquals(1, rounds);
        assertEquals(surveyAudience(), reached.size(), "people reached: " + reached);
        assertTrue(reached.values().stream().allMatch(n -> n == 1), "surveys per person: " + reached);
    }

    @Test
    @Order(5)
    void killing_one_replica_mid_stream_loses_no_answer_that_was_acked() {
        // GIVEN commands acknowledged by the first process, whose answers are on their way to Slack and not there yet
        FakeSlackApi slack = cluster.slack;
        ReplicaProcess victim = cluster.replica(0);
        slack.holdResponseUrls("held-");
        List<Command> acked = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Command command = cluster.commands.command("held-" + i, SELLERS.get(i), "status");
            assertEquals(200, cluster.commands.send(command, victim.events()), "acknowledged by " + victim.name());
            acked.add(command);
        }
        Eventually.await(ANSWERED, () -> slack.heldArrivals() >= acked.size(), () -> slack.heldArrivals() + " answers on their way" + cluster.logs());
        // WHEN it dies, and the stream goes on to the others
        victim.kill();
        slack.releaseHeld();
        for (int i = 0; i < 6; i++) {
            Command command = cluster.commands.command("after-" + i, SELLERS.get(i), "status");
            int status = cluster.commands.send(command, cluster.nextReplica());
            if (status == 200) {
                acked.add(command);
            }
        }
        // THEN every command that was acknowledged is answered, once
        Eventually.await(TAKEN_OVER, () -> acked.stream().allMatch(c -> !slack.responsesTo(c.id()).isEmpty()),
                () -> "answers: " + slack.responseCounts() + cluster.logs());
        awaitNoAnswerOwed();
        Map<String, Integer> answers = acked.stream().collect(Collectors.toMap(Command::id, c -> slack.responsesTo(c.id()).size(), (a, b) -> a, TreeMap::new));
        assertTrue(answers.values().stream().allMatch(n -> n == 1), "answers per command: " + answers);
    }

    /** Until no process owes an answer any more, so none can come later. */
    private void awaitNoAnswerOwed() {
        Eventually.await(TAKEN_OVER, () -> answersOwed() == 0, () -> answersOwed() + " answers still owed" + cluster.logs());
    }

    private int answersOwed() {
        return cluster.store.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pending_answers").mapTo(Integer.class).one());
    }

    private int postsSent() {
        return cluster.store.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM team_posts WHERE state = 'sent' AND platform = 'Slack'")
                .mapTo(Integer.class).one());
    }

    private int surveyAudience() {
        return cluster.store.database().jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(SUM(members), 0) FROM survey_run_audience").mapTo(Integer.class).one());
    }

    /** Survey messages (the ones with answer buttons) by the Slack user they went to. */
    private Map<String, Long> surveyMessages() {
        return cluster.slack.accepted("chat.postMessage").stream()
                .filter(call -> String.valueOf(call.param("blocks")).contains("survey_answer:"))
                .collect(Collectors.groupingBy(call -> call.param("channel"), TreeMap::new, Collectors.counting()));
    }
}
