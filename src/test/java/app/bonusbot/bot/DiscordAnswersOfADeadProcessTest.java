package app.bonusbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.chat.RecentIds;
import app.bonusbot.chat.discord.BonusSlashCommand;
import app.bonusbot.chat.discord.Callback;
import app.bonusbot.chat.discord.DiscordBot;
import app.bonusbot.chat.discord.DiscordPeople;
import app.bonusbot.chat.discord.DiscordSettings;
import app.bonusbot.chat.discord.FakeDiscord;
import app.bonusbot.chat.discord.Interaction;
import app.bonusbot.chat.discord.SentMessage;
import app.bonusbot.store.DeliveriesSeen;
import app.bonusbot.store.PendingAnswers;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Two bot processes (two applications on one store, each with its own Discord session on one {@link FakeDiscord}):
 * a {@code /bonus} the first deferred and died before answering is answered by the second, once, in the deferred
 * reply; an interaction delivered to both sessions is answered once.
 */
class DiscordAnswersOfADeadProcessTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** A process that dies right after deferring: the work after the deferral never runs. */
    private static final Executor DIES_AFTER_THE_DEFERRAL = work -> { };
    private static final String ANNA = "700000000000000201";

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(ZonedDateTime.of(2026, 11, 27, 12, 0, 0, 0, ZoneId.of("Europe/Copenhagen")));
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;
    private FakeDiscord discord;
    private Path config;

    private record Process(Application application, StoreOwedAnswers owed) {}

    @BeforeEach
    void start() {
        log.start();
        root.addAppender(log);
        // Everything the processes say about a command, at INFO and above, whatever level an earlier test left.
        rootLevel = root.getLevel();
        root.setLevel(Level.INFO);
        config = DemoCompany.configCopy(dir);
        discord = FakeDiscord.start();
    }

    @AfterEach
    void close() throws Exception {
        try {
            for (int i = opened.size() - 1; i >= 0; i--) {
                opened.get(i).close();
            }
        } finally {
            discord.close();
            root.detachAppender(log);
            root.setLevel(rootLevel);
        }
    }

    /** A bot process whose {@code /bonus} answers are worked out on {@code afterTheDeferral}, its session named {@code name}. */
    private Process process(String name, Executor afterTheDeferral) {
        Application application = Application.open(config, dir.resolve("bonusbot.db"), zone -> clock);
        opened.add(application);
        StoreDeliveries deliveries = new StoreDeliveries(new DeliveriesSeen(application.database()));
        StoreOwedAnswers owed = new StoreOwedAnswers(new PendingAnswers(application.database(), name), deliveries);
        owed.look();
        DiscordSettings settings = new DiscordSettings(FakeDiscord.BOT_TOKEN, discord.restBaseUrl(), discord.gatewayUrl(name),
                application.config().discordGuilds());
        BonusSlashCommand command = new BonusSlashCommand(application.commands(), application::company,
                new DiscordPeople(() -> application.company().directory()), afterTheDeferral, new RecentIds(clock, "discord", deliveries), owed);
        DiscordBot bot = new DiscordBot(settings, command, List.of(), Executors.newSingleThreadExecutor());
        opened.add(bot);
        bot.start(WAIT);
        discord.awaitReady(name, WAIT);
        return new Process(application, owed);
    }

    private Interaction bonusStatusTo(String... sessions) {
        return discord.slashCommandTo(List.of(sessions), ANNA, "bonus", null, "status", Map.of());
    }

    @Test
    void a_command_deferred_by_a_process_that_died_before_answering_is_answered_by_another_once_in_its_deferred_reply() {
        // GIVEN two processes on one store, the first of which defers a /bonus status and dies before answering it
        Process dying = process("dying", DIES_AFTER_THE_DEFERRAL);
        Process survivor = process("survivor", Runnable::run);
        Interaction asked = bonusStatusTo("dying");
        Callback deferred = discord.awaitCallback(asked, WAIT);
        // WHEN the survivor looks while the first still renews its lease, and again after the lease ran out
        survivor.owed().look();
        int whileAlive = discord.originalEdits(asked.token()).size();
        clock.advance(StoreOwedAnswers.ALIVE_FOR.plusSeconds(1));
        survivor.owed().look();
        List<SentMessage> answers = discord.awaitOriginalEdits(asked, 1, WAIT);
        await(() -> answersOwed(survivor) == 0, "the answer is forgotten once Discord took it");
        survivor.owed().look();
        // THEN nothing was answered for it while it lived, then its answer once, filling in the deferred reply that
        // only the caller sees
        assertEquals(0, whileAlive);
        assertEquals(Callback.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, deferred.type());
        assertTrue(deferred.ephemeral(), "deferred for the caller alone: flags " + deferred.flags());
        assertEquals(1, discord.originalEdits(asked.token()).size());
        assertFalse(answers.get(0).embeds().isEmpty(), "the status as embeds: " + answers.get(0).payload());
        assertTrue(staysEphemeral(answers.get(0)), "the edited reply is still the caller's alone: " + answers.get(0).request().responseBody());
        assertEquals(List.of(), discord.followups(asked.token()));
        // AND the interaction token, a secret, was never logged by either process
        assertTrue(log.list.stream().noneMatch(e -> e.getFormattedMessage().contains(asked.token())), "a log line holds the interaction token");
        assertEquals(0, answersOwed(dying));
    }

    @Test
    void an_interaction_delivered_to_the_sessions_of_two_processes_is_deferred_and_answered_once() {
        // GIVEN two processes on one store, both answering
        Process first = process("first", Runnable::run);
        process("second", Runnable::run);
        // WHEN Discord delivers one /bonus status to both of their sessions
        Interaction asked = bonusStatusTo("first", "second");
        // THEN one of them answers it and the other leaves it alone
        discord.awaitOriginalEdits(asked, 1, WAIT);
        await(() -> log.list.stream().anyMatch(e -> e.getFormattedMessage().contains("delivered again")), "the other process saw it again");
        await(() -> answersOwed(first) == 0, "the answer is forgotten once Discord took it");
        long defers = discord.requests().stream().filter(r -> r.is("POST", "interactions/" + asked.id() + "/.*/callback")).count();
        assertEquals(1, defers, "deferred once");
        assertEquals(1, discord.originalEdits(asked.token()).size(), "answered once");
    }

    @Test
    void an_answer_owed_longer_than_discords_fifteen_minutes_is_dropped_with_a_warning_and_not_answered() {
        // GIVEN a process that deferred a /bonus status and died, and nobody looked for 15 minutes
        process("dying", DIES_AFTER_THE_DEFERRAL);
        Process survivor = process("survivor", Runnable::run);
        Interaction asked = bonusStatusTo("dying");
        discord.awaitCallback(asked, WAIT);
        clock.advance(Duration.ofMinutes(15));
        // WHEN the survivor looks
        survivor.owed().look();
        // THEN the answer is forgotten, with a warning that says why, and the deferred reply is left as it is
        assertEquals(0, answersOwed(survivor));
        assertEquals(List.of(), discord.originalEdits(asked.token()));
        assertTrue(log.list.stream().anyMatch(e -> e.getFormattedMessage().contains("not answered: older than the 15 minutes discord takes an answer")),
                "warnings: " + log.list.stream().map(ILoggingEvent::getFormattedMessage).filter(m -> m.contains("not answered")).toList());
    }

    /** Discord's stored message after the edit, as its answer to the edit shows it: flag 64, ephemeral. */
    private static boolean staysEphemeral(SentMessage edit) {
        try {
            return (new ObjectMapper().readTree(edit.request().responseBody()).path("flags").asInt() & 64) != 0;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static int answersOwed(Process process) {
        return process.application().database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pending_answers").mapTo(Integer.class).one());
    }

    private static void await(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
