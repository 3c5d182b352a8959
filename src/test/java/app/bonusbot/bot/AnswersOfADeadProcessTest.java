package app.bonusbot.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.replicas.SlashCommands;
import app.bonusbot.bot.replicas.SlashCommands.Command;
import app.bonusbot.chat.slack.FakeSlackApi;
import app.bonusbot.chat.slack.SlackApi;
import app.bonusbot.chat.slack.SlackBot;
import app.bonusbot.chat.slack.SlackMode;
import app.bonusbot.chat.slack.SlackPeople;
import app.bonusbot.chat.slack.SlackSettings;
import app.bonusbot.chat.slack.transport.SlackHttpServer;
import app.bonusbot.store.ChatIdentityStore;
import app.bonusbot.store.DeliveriesSeen;
import app.bonusbot.store.PendingAnswers;
import com.slack.api.bolt.App;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bot processes (two applications on one store, each with its Slack app behind its own HTTP listener): a /bonus
 * the first acknowledged and died before answering is answered by the second, once, at the response URL.
 */
class AnswersOfADeadProcessTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    /** A process that dies right after its ack: the work after the ack never runs. */
    private static final Executor DIES_AFTER_THE_ACK = work -> { };

    @TempDir
    Path dir;

    private final ManualClock clock = new ManualClock(ZonedDateTime.of(2026, 11, 27, 12, 0, 0, 0, ZoneId.of("Europe/Copenhagen")));
    private final FakeSlackApi slack = FakeSlackApi.start();
    private final List<AutoCloseable> opened = new ArrayList<>();

    private record Process(StoreOwedAnswers owed, URI events) {}

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        slack.close();
    }

    private Process process(Path config, String name, Executor afterTheAck) {
        Application application = Application.open(config, dir.resolve("bonusbot.db"), zone -> clock);
        opened.add(application);
        SlackSettings settings = new SlackSettings(SlackMode.HTTP, FakeSlackApi.BOT_TOKEN, null, SECRET, slack.methodsUrl(), 0);
        SlackApi api = SlackApi.create(settings);
        SlackPeople people = new SlackPeople(api, new ChatIdentityStore(application.database()), () -> application.company().directory(), clock);
        StoreDeliveries deliveries = new StoreDeliveries(new DeliveriesSeen(application.database()));
        StoreOwedAnswers owed = new StoreOwedAnswers(new PendingAnswers(application.database(), name), deliveries);
        owed.look();
        App app = SlackBot.app(settings, api, application.commands(), application::company, people, a -> afterTheAck, clock, deliveries, owed);
        SlackHttpServer server = new SlackHttpServer(app, SECRET, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        server.start();
        opened.add(server);
        return new Process(owed, URI.create("http://127.0.0.1:" + server.port() + SlackHttpServer.EVENTS_PATH));
    }

    @Test
    void a_command_acknowledged_by_a_process_that_died_before_answering_is_answered_by_another_once() {
        // GIVEN two processes on one store, the first of which acknowledges a /bonus and dies before answering it
        Path config = DemoCompany.configCopy(dir);
        Process dying = process(config, "dying", DIES_AFTER_THE_ACK);
        Process survivor = process(config, "survivor", Runnable::run);
        SlashCommands commands = new SlashCommands(slack, SECRET);
        Command command = commands.command("1", "U0ANNA01", "status");
        assertEquals(200, commands.send(command, dying.events()));
        // WHEN the survivor looks while the first still renews its lease, and again after the lease ran out
        survivor.owed().look();
        int whileAlive = slack.responsesTo("1").size();
        clock.advance(StoreOwedAnswers.ALIVE_FOR.plusSeconds(1));
        survivor.owed().look();
        slack.awaitResponses(1, Duration.ofSeconds(10));
        survivor.owed().look();
        // THEN nothing was answered for it while it lived, then its answer once, through the response URL
        assertEquals(0, whileAlive);
        assertEquals(1, slack.responsesTo("1").size());
        assertTrue(slack.responsesTo("1").get(0).bodyJson().path("response_type").asText().equals("ephemeral"), slack.responsesTo("1").toString());
    }

    @Test
    void a_command_answered_by_its_own_process_is_not_answered_again_by_another() {
        // GIVEN two processes, the first of which answers a /bonus itself
        Path config = DemoCompany.configCopy(dir);
        Process first = process(config, "first", Runnable::run);
        Process second = process(config, "second", Runnable::run);
        SlashCommands commands = new SlashCommands(slack, SECRET);
        assertEquals(200, commands.send(commands.command("1", "U0ANNA01", "status"), first.events()));
        slack.awaitResponses(1, Duration.ofSeconds(10));
        // WHEN the first dies and the second looks for what it owed
        clock.advance(StoreOwedAnswers.ALIVE_FOR.plusSeconds(1));
        second.owed().look();
        // THEN it owed nothing: the answer stays one
        assertEquals(1, slack.responsesTo("1").size());
    }
}
