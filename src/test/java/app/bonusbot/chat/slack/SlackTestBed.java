package app.bonusbot.chat.slack;

import app.bonusbot.DemoCompany;


import app.bonusbot.bot.Application;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.store.ChatIdentityStore;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Slack app on the real wiring, offline: a copy of bot-config/ without demo deals, the HubSpot example export
 * imported into a SQLite file, a fixed clock on 27 November 2026, and {@link FakeSlackApi} as Slack. One change to
 * the demo people: Emma Poulsen has no slack_id, so Slack's user {@link #EMMA} is found by her e-mail.
 */
final class SlackTestBed implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final Duration WAIT = Duration.ofSeconds(10);

    /** Slack users of the demo people, as in bot-config/people.yaml. */
    static final String ANNA = "U0ANNA01";
    static final String METTE = "U0METTE01";
    static final String KARIN = "U0KARIN01";
    /** Emma Poulsen's Slack user, known to Bonusbot only through her e-mail. */
    static final String EMMA = "U0EMMA02";
    static final String EMMA_EMAIL = "emma.poulsen@nordlys.example";

    final FakeSlackApi slack;
    final Application application;
    final SlackSettings settings;
    final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    final SlackApi api;
    final SlackPeople people;
    final GatedExecutor executor = new GatedExecutor();
    final SignedRequests requests = new SignedRequests(SIGNING_SECRET);
    final App app;
    private final AtomicInteger triggers = new AtomicInteger();

    private SlackTestBed(Path dir) {
        this(dir, config -> { });
    }

    private SlackTestBed(Path dir, java.util.function.Consumer<Path> editConfig) {
        slack = FakeSlackApi.start();
        slack.addUser(ANNA, "Anna Holm", "anna.holm@nordlys.example");
        slack.addUser(METTE, "Mette Lund", "mette.lund@nordlys.example");
        slack.addUser(KARIN, "Karin Dahl", "karin.dahl@nordlys.example");
        slack.addUser(EMMA, "Emma Poulsen", EMMA_EMAIL);
        application = demoCompany(dir, editConfig);
        settings = new SlackSettings(SlackMode.HTTP, FakeSlackApi.BOT_TOKEN, null, SIGNING_SECRET, slack.methodsUrl(), 3000);
        api = new SlackApi(SlackApi.slack(settings), settings.botToken(), sleeps::add, SlackApi.DEFAULT_ATTEMPTS);
        people = new SlackPeople(api, new ChatIdentityStore(application.database()), () -> application.company().directory(), application.clock());
        app = app(application.commands());
    }

    static SlackTestBed open(Path dir) {
        return new SlackTestBed(dir);
    }

    /** As {@link #open(Path)}, on a copy of bot-config/ changed by {@code editConfig} first. */
    static SlackTestBed open(Path dir, java.util.function.Consumer<Path> editConfig) {
        return new SlackTestBed(dir, editConfig);
    }

    /** Another app on the same Slack and store, e.g. with a command handler that fails. */
    App app(CommandHandler commands) {
        return SlackBot.app(settings, api, commands, application::company, people, bolt -> executor, application.clock());
    }

    /** {@code /bonus text} from a Slack user; the answer goes to the response URL named after the trigger. */
    Response command(String userId, String text) {
        return command(userId, text, "trigger-" + triggers.incrementAndGet(), Map.of());
    }

    Response command(String userId, String text, String triggerId, Map<String, String> headers) {
        return run(app, requests.slashCommand(userId, userId.toLowerCase(), text, slack.responseUrl(triggerId), triggerId, headers));
    }

    static Response run(App app, Request<?> request) {
        try {
            return app.run(request);
        } catch (Exception e) {
            throw new AssertionError("Bolt failed on the request", e);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        slack.close();
        application.close();
    }

    private static Application demoCompany(Path dir, java.util.function.Consumer<Path> editConfig) {
        Path config = DemoCompany.configCopy(dir);
        DemoCompany.replace(config.resolve("people.yaml"), "    slack_id: U0EMMA01\n", "");
        editConfig.accept(config);
        return DemoCompany.open(config, dir, TODAY);
    }

    /** Runs work on two threads, or holds it back until {@link #release()} so a test can look between ack and answer. */
    static final class GatedExecutor implements Executor {
        private final ExecutorService pool = Executors.newFixedThreadPool(2);
        private final List<Runnable> held = new ArrayList<>();
        private boolean holding;

        synchronized void hold() {
            holding = true;
        }

        synchronized void release() {
            holding = false;
            held.forEach(pool::execute);
            held.clear();
        }

        synchronized int waiting() {
            return held.size();
        }

        @Override
        public synchronized void execute(Runnable work) {
            if (holding) {
                held.add(work);
            } else {
                pool.execute(work);
            }
        }

        /** Lets work already started finish (it may still be talking to the fake), then stops. */
        void shutdown() {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                    pool.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
