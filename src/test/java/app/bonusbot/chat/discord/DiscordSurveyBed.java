package app.bonusbot.chat.discord;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.bonusbot.bot.Application;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.Response;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyCommands;
import app.bonusbot.core.survey.SurveyForm;
import app.bonusbot.core.survey.SurveyRounds;
import app.bonusbot.core.survey.SurveyRun;
import app.bonusbot.core.survey.Surveys;
import app.bonusbot.core.survey.TestClock;
import app.bonusbot.store.SurveyKeySource;
import app.bonusbot.store.SurveyStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.interactions.components.LayoutComponent;
import net.dv8tion.jda.api.interactions.components.buttons.Button;
import net.dv8tion.jda.api.requests.restaction.CacheRestAction;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Surveys in Discord with JDA mocked and Bonusbot real: the demo company on a SQLite file, its survey opened at 10:00
 * on 27 November 2026 on a clock the test moves, and delivered by direct message to each seller's discord_id through
 * a mocked {@link JDA} that records what it is given. Clicks are answered on the application's clock, fixed at noon
 * that day, and on an executor the test runs by hand.
 */
final class DiscordSurveyBed implements AutoCloseable {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    static final ZonedDateTime OPENS = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, COPENHAGEN);
    static final ZonedDateTime NOON = OPENS.plusHours(2);

    /** The Discord users of the demo people, as in bot-config/people.yaml. */
    static final String ANNA = "700000000000000201";
    static final String MIKKEL = "700000000000000202";
    static final String METTE = "700000000000000101";
    /** The eight sellers' Discord users, in order. */
    static final List<String> SELLERS = List.of(ANNA, MIKKEL, "700000000000000204", "700000000000000301", "700000000000000302", "700000000000000303",
            "700000000000000401", "700000000000000402");

    /** A message Bonusbot sent to a Discord user's direct messages. */
    record Sent(String userId, MessageCreateData message) {}

    final Application app;
    final TestClock clock = new TestClock(OPENS);
    final JDA jda = mock(JDA.class);
    final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    final HeldExecutor executor = new HeldExecutor();
    final SurveyCommands commands;
    final SurveyRounds rounds;
    final Survey survey;
    final SurveyRun run;
    final SurveyInteractions interactions;

    DiscordSurveyBed(Path dir) {
        app = Application.open(Path.of("bot-config"), dir.resolve("bonusbot.db"), zone -> Clock.fixed(NOON.toInstant(), zone));
        when(jda.openPrivateChannelById(anyString())).thenAnswer(open -> directMessages(open.getArgument(0)));
        Surveys surveys = new Surveys(app.config().surveys(), new SurveyStore(app.database()), () -> SurveyKeySource.load(app.database().file(), Map.of()),
                app::company, clock);
        rounds = new SurveyRounds(surveys, new DiscordSurveyDelivery(jda));
        survey = app.config().surveys().get(0);
        run = ((SurveyRounds.Opening.Opened) rounds.open(survey, OPENS)).run();
        commands = new SurveyCommands(app.surveys());
        interactions = new SurveyInteractions(commands, app::company, executor, app.clock());
    }

    @SuppressWarnings("unchecked")
    private CacheRestAction<PrivateChannel> directMessages(String userId) {
        PrivateChannel channel = mock(PrivateChannel.class);
        MessageCreateAction action = mock(MessageCreateAction.class);
        when(channel.sendMessage(any(MessageCreateData.class))).thenAnswer(send -> {
            sent.add(new Sent(userId, send.getArgument(0)));
            return action;
        });
        CacheRestAction<PrivateChannel> open = mock(CacheRestAction.class);
        when(open.complete()).thenReturn(channel);
        return open;
    }

    MessageCreateData messageTo(String userId) {
        return sent.stream().filter(s -> s.userId().equals(userId)).findFirst().orElseThrow().message();
    }

    Person person(String id) {
        return app.company().directory().person(id).orElseThrow();
    }

    /** The person's form of the open round, as answering builds it. */
    SurveyForm formOf(String personId) {
        return commands.answering().form(person(personId)).orElseThrow();
    }

    List<Response> responses() {
        return app.surveys().repository().responses(run.id());
    }

    /** The custom id of a component of the open round, e.g. {@code id("clarity", "a:4")}. */
    String id(String question, String action) {
        return SurveyComponentId.PREFIX + run.id() + ":" + question + ":" + action;
    }

    /** The embeds' titles, descriptions and footers, as one text. */
    static String text(List<MessageEmbed> embeds) {
        return embeds.stream().map(e -> e.getTitle() + "\n" + e.getDescription() + "\n" + (e.getFooter() == null ? "" : e.getFooter().getText()))
                .collect(Collectors.joining("\n"));
    }

    /** The buttons of each row. */
    static List<List<Button>> rows(List<? extends LayoutComponent> components) {
        return components.stream().map(LayoutComponent::getButtons).toList();
    }

    @Override
    public void close() {
        app.close();
    }

    /** Holds the work it is given until the test runs it, so a test can look between the acknowledgement and the answer. */
    static final class HeldExecutor implements Executor {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable work) {
            held.add(work);
        }

        synchronized int waiting() {
            return held.size();
        }

        void runAll() {
            List<Runnable> work;
            synchronized (this) {
                work = new ArrayList<>(held);
                held.clear();
            }
            work.forEach(Runnable::run);
        }
    }
}
