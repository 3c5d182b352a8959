package app.bonusbot.bot.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.replicas.SlashCommands.Command;
import app.bonusbot.chat.discord.Callback;
import app.bonusbot.chat.discord.FakeDiscord;
import app.bonusbot.chat.discord.Interaction;
import app.bonusbot.chat.slack.FakeSlackApi;
import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
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
 * Issue 14's test: three bot processes (separate JVMs) in Slack's HTTP mode and in Discord at once, on one
 * PostgreSQL, behave as one bot. They start once for the class; the test that kills one runs last.
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
    /** Anna and Mikkel, on both platforms, and Felix Braun, on Discord only. */
    private static final List<String> DISCORD_SELLERS = List.of("700000000000000201", "700000000000000202", "700000000000000303");

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
        Map<String, String> discordChannels = new LinkedHashMap<>();
        cluster.store.config().posts().teams().forEach(t -> t.channel(ChatPlatform.DISCORD).ifPresent(c -> discordChannels.put(c, t.teamId())));
        assertEquals(List.of(ReplicaCluster.NORDICS_DISCORD_CHANNEL), List.copyOf(discordChannels.keySet()), "bot-config/posts.yaml's Discord channels");
        // WHEN every team's week is recorded as sent on each platform
        Eventually.await(ANSWERED, () -> postsSent("Slack") >= channels.size() && postsSent("Discord") >= discordChannels.size(),
                () -> postsSent("Slack") + " weeks sent in Slack, " + postsSent("Discord") + " in Discord" + cluster.logs());
        // THEN each team's channel got one post in Slack, and each team's Discord channel one in Discord
        Map<String, Long> posts = cluster.slack.accepted("chat.postMessage").stream()
                .map(call -> call.param("channel"))
                .filter(channels::containsKey)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        assertEquals(once(channels.keySet()), posts);
        Map<String, Long> discordPosts = discordChannels.keySet().stream()
                .collect(Collectors.toMap(Function.identity(), c -> (long) cluster.discord.channelMessages(c).size(), (a, b) -> a, TreeMap::new));
        assertEquals(once(discordChannels.keySet()), discordPosts);
    }

    private static Map<String, Long> once(java.util.Collection<String> channels) {
        return channels.stream().collect(Collectors.toMap(Function.identity(), c -> 1L, (a, b) -> a, TreeMap::new));
    }

    @Test
    @Order(4)
    void a_survey_round_reaches_every_person_once_on_slack_or_discord() {
        // GIVEN the survey's round was due when the three processes started, its audience on Slack only, on Discord
        // only, or on both
        Eventually.await(ANSWERED, () -> surveyAudience() > 0 && surveyMessages().values().stream().mapToLong(Long::longValue).sum() >= surveyAudience(),
                () -> "audience " + surveyAudience() + ", messages " + surveyMessages() + cluster.logs());
        // THEN one round was opened, and each person of its audience got the survey once, on one platform
        Map<String, Long> reached = surveyMessages();
        int rounds = cluster.store.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM survey_runs").mapTo(Integer.class).one());
        assertEquals(1, rounds);
        assertEquals(surveyAudience(), reached.size(), "people reached: " + reached);
        assertTrue(reached.values().stream().allMatch(n -> n == 1), "surveys per person: " + reached);
        assertTrue(reached.keySet().containsAll(ReplicaCluster.SLACK_ONLY) && reached.keySet().containsAll(ReplicaCluster.DISCORD_ONLY),
                "people on one platform reached: " + reached);
    }

    @Test
    @Order(5)
    void a_discord_interaction_delivered_to_every_replicas_session_is_deferred_and_answered_once() {
        // GIVEN /bonus status from sellers on Discord, each delivered by Discord to the sessions of all three processes
        List<Interaction> asked = new ArrayList<>();
        for (String seller : DISCORD_SELLERS) {
            asked.add(cluster.discord.slashCommandTo(cluster.liveDiscordSessions(), seller, "bonus", null, "status", Map.of()));
        }
        // WHEN they are answered
        Eventually.await(ANSWERED, () -> asked.stream().allMatch(i -> !cluster.discord.originalEdits(i.token()).isEmpty()),
                () -> "answers: " + discordAnswers(asked) + cluster.logs());
        awaitNoAnswerOwed();
        // THEN each was deferred once, by one process, and its deferred reply filled in once
        Map<String, Long> defers = asked.stream().collect(Collectors.toMap(Interaction::id,
                i -> cluster.discord.requests().stream().filter(r -> r.is("POST", "interactions/" + i.id() + "/.+")).count(), (a, b) -> a, TreeMap::new));
        assertTrue(defers.values().stream().allMatch(n -> n == 1), "callbacks per interaction: " + defers);
        assertTrue(discordAnswers(asked).values().stream().allMatch(n -> n == 1), "answers per interaction: " + discordAnswers(asked));
    }

    @Test
    @Order(6)
    void killing_one_replica_mid_stream_loses_no_answer_that_was_acked() {
        // GIVEN commands acknowledged by the first process, whose answers are on their way to Slack and not there yet,
        // and Discord commands it deferred, whose answers are on their way to Discord
        FakeSlackApi slack = cluster.slack;
        FakeDiscord discord = cluster.discord;
        ReplicaProcess victim = cluster.replica(0);
        slack.holdResponseUrls("held-");
        discord.holdOriginalEdits();
        List<Command> acked = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Command command = cluster.commands.command("held-" + i, SELLERS.get(i), "status");
            assertEquals(200, cluster.commands.send(command, victim.events()), "acknowledged by " + victim.name());
            acked.add(command);
        }
        List<Interaction> deferred = new ArrayList<>();
        for (String seller : DISCORD_SELLERS) {
            Interaction asked = discord.slashCommandTo(List.of(victim.name()), seller, "bonus", null, "status", Map.of());
            assertEquals(Callback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, discord.awaitCallback(asked, ANSWERED).type(), "deferred by " + victim.name());
            deferred.add(asked);
        }
        Eventually.await(ANSWERED, () -> slack.heldArrivals() >= acked.size() && discord.heldArrivals() >= deferred.size(),
                () -> slack.heldArrivals() + " Slack and " + discord.heldArrivals() + " Discord answers on their way" + cluster.logs());
        // WHEN it dies, and the stream goes on to the others
        victim.kill();
        slack.releaseHeld();
        discord.releaseHeld();
        for (int i = 0; i < 6; i++) {
            Command command = cluster.commands.command("after-" + i, SELLERS.get(i), "status");
            int status = cluster.commands.send(command, cluster.nextReplica());
            if (status == 200) {
                acked.add(command);
            }
        }
        // THEN every command that was acknowledged is answered, once, and every deferred Discord reply filled in, once
        Eventually.await(TAKEN_OVER, () -> acked.stream().allMatch(c -> !slack.responsesTo(c.id()).isEmpty())
                        && deferred.stream().allMatch(i -> !discord.originalEdits(i.token()).isEmpty()),
                () -> "answers: " + slack.responseCounts() + ", Discord: " + discordAnswers(deferred) + cluster.logs());
        awaitNoAnswerOwed();
        Map<String, Integer> answers = acked.stream().collect(Collectors.toMap(Command::id, c -> slack.responsesTo(c.id()).size(), (a, b) -> a, TreeMap::new));
        assertTrue(answers.values().stream().allMatch(n -> n == 1), "answers per command: " + answers);
        assertTrue(discordAnswers(deferred).values().stream().allMatch(n -> n == 1), "answers per Discord interaction: " + discordAnswers(deferred));
    }

    /** How often each interaction's deferred reply was filled in. */
    private Map<String, Integer> discordAnswers(List<Interaction> interactions) {
        return interactions.stream().collect(Collectors.toMap(Interaction::id, i -> cluster.discord.originalEdits(i.token()).size(), (a, b) -> a, TreeMap::new));
    }

    /** Until no process owes an answer any more, so none can come later. */
    private void awaitNoAnswerOwed() {
        Eventually.await(TAKEN_OVER, () -> answersOwed() == 0, () -> answersOwed() + " answers still owed" + cluster.logs());
    }

    private int answersOwed() {
        return cluster.store.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pending_answers").mapTo(Integer.class).one());
    }

    private int postsSent(String platform) {
        return cluster.store.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM team_posts WHERE state = 'sent' AND platform = :platform")
                .bind("platform", platform).mapTo(Integer.class).one());
    }

    private int surveyAudience() {
        return cluster.store.database().jdbi().withHandle(h -> h.createQuery("SELECT COALESCE(SUM(members), 0) FROM survey_run_audience").mapTo(Integer.class).one());
    }

    /**
     * Survey messages (the ones with answer buttons) by the person they went to: Slack's by the Slack user they were
     * posted to, Discord's by the user of the direct message channel.
     */
    private Map<String, Long> surveyMessages() {
        Map<String, Long> reached = new TreeMap<>();
        cluster.slack.accepted("chat.postMessage").stream()
                .filter(call -> String.valueOf(call.param("blocks")).contains("survey_answer:"))
                .forEach(call -> reached.merge(person(ChatPlatform.SLACK, call.param("channel")), 1L, Long::sum));
        for (Person person : cluster.store.company().directory().people()) {
            person.chatId(ChatPlatform.DISCORD).ifPresent(id -> {
                long surveys = cluster.discord.dmsTo(id).stream().filter(m -> m.payload().toString().contains("bonusbot-survey:")).count();
                if (surveys > 0) {
                    reached.merge(person.id(), surveys, Long::sum);
                }
            });
        }
        return reached;
    }

    private String person(ChatPlatform platform, String chatId) {
        return cluster.store.company().directory().people().stream().filter(p -> p.chatId(platform).filter(chatId::equals).isPresent())
                .map(Person::id).findFirst().orElse(platform + " " + chatId);
    }
}
