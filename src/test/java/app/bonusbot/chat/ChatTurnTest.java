package app.bonusbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.DemoCompany;
import app.bonusbot.chat.console.ConsoleSurveyDelivery;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.reply.Block;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyRounds;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@code /bonus} through the shared turn, on the demo company in a SQLite file at noon on 27 November 2026,
 * with the demo survey's round opened at 10:00 that day.
 */
class ChatTurnTest {

    private static final ZonedDateTime OPENS = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path dir;

    private Application app;
    private ChatTurn turn;

    @BeforeEach
    void the_demo_company_with_its_survey_open() {
        app = DemoCompany.open(DemoCompany.configCopy(dir), dir, LocalDate.of(2026, 11, 27));
        turn = new ChatTurn(app.commands(), app::company);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void openTheSurvey() {
        Survey survey = app.config().surveys().get(0);
        List<String> printed = new ArrayList<>();
        assertInstanceOf(SurveyRounds.Opening.Opened.class, app.surveyRounds(new ConsoleSurveyDelivery("anna.holm", printed::add)).open(survey, OPENS));
    }

    private static ChatRequest typed(ChatSource platform, String userId, String personId, String text) {
        return new ChatRequest(platform, userId, Optional.ofNullable(personId), new ChatInput.Typed(text));
    }

    @Test
    void a_known_seller_gets_the_command_layers_answer_in_their_own_language() {
        // when Anna (English, in a Danish company) asks for her status
        ChatOutcome outcome = turn.take(typed(ChatSource.SLACK, "U0ANNA01", "anna.holm", "status"));
        // then
        ChatOutcome.Answered answered = assertInstanceOf(ChatOutcome.Answered.class, outcome);
        assertEquals(app.commands().handle("anna.holm", "status"), answered.reply());
        assertTrue(answered.charts().isEmpty());
        assertEquals(Language.EN, answered.texts().language());
    }

    @Test
    void typed_text_and_structured_options_are_the_same_command() {
        // given Karin, an admin, asks for Anna's status once typed and once as Discord's options
        ChatOutcome typed = turn.take(typed(ChatSource.SLACK, "U0KARIN01", "karin.dahl", "admin status anna.holm"));
        ChatOutcome options = turn.take(new ChatRequest(ChatSource.DISCORD, "700000000000000104", Optional.of("karin.dahl"),
                new ChatInput.Options("admin status", Map.of("person", "anna.holm"))));
        // then
        assertEquals(((ChatOutcome.Answered) typed).reply(), ((ChatOutcome.Answered) options).reply());
        assertEquals(Language.DA, options.texts().language());
    }

    @Test
    void someone_unknown_gets_the_answer_with_their_platform_id_as_its_last_line() {
        // when
        ChatOutcome slack = turn.take(typed(ChatSource.SLACK, "U0GHOST1", null, "status"));
        ChatOutcome discord = turn.take(typed(ChatSource.DISCORD, "700000000000000999", null, "status"));
        // then in the company's language (Danish), the core's answer first and the id under it
        Reply reply = assertInstanceOf(ChatOutcome.NotEnrolled.class, slack).reply();
        assertEquals(Language.DA, slack.texts().language());
        assertEquals(new Block.Text("Jeg kender dig ikke endnu, så jeg har ingen bonustal til dig. Bed sales ops om at tilføje dit chat-id i Bonusbot."),
                reply.blocks().get(0));
        assertEquals(new Block.Context("Dit Slack-medlems-id er U0GHOST1. Sales ops kan tilføje det som slack_id i people.yaml eller give dig samme"
                + " e-mail i Bonusbot som i Slack."), reply.blocks().get(reply.blocks().size() - 1));
        Reply discordReply = ((ChatOutcome.NotEnrolled) discord).reply();
        assertEquals(new Block.Context("Dit Discord-bruger-id er 700000000000000999. Sales ops kan tilføje det som discord_id i people.yaml."),
                discordReply.blocks().get(discordReply.blocks().size() - 1));
    }

    @Test
    void the_console_has_no_platform_id_to_tell_someone_unknown() {
        // when
        ChatOutcome outcome = turn.take(typed(ChatSource.CONSOLE, "nobody", null, "status"));
        // then
        Reply reply = assertInstanceOf(ChatOutcome.NotEnrolled.class, outcome).reply();
        assertEquals(app.commands().handle(null, "status"), reply);
    }

    @Test
    void feedback_without_an_answer_opens_the_form_of_the_survey_open_for_the_caller() {
        // given
        openTheSurvey();
        // when
        ChatOutcome outcome = turn.take(typed(ChatSource.SLACK, "U0ANNA01", "anna.holm", "feedback"));
        // then
        ChatOutcome.SurveyFormToOpen open = assertInstanceOf(ChatOutcome.SurveyFormToOpen.class, outcome);
        assertEquals(app.commands().surveys().openForm("anna.holm").orElseThrow(), open.form());
        assertEquals(Optional.empty(), open.at());
    }

    @Test
    void discords_feedback_naming_a_question_without_an_answer_opens_the_form_at_that_question() {
        // given
        openTheSurvey();
        // when
        ChatOutcome outcome = turn.take(new ChatRequest(ChatSource.DISCORD, "700000000000000201", Optional.of("anna.holm"),
                new ChatInput.Options("feedback", Map.of("question", "3", "answer", " "))));
        // then
        ChatOutcome.SurveyFormToOpen open = assertInstanceOf(ChatOutcome.SurveyFormToOpen.class, outcome);
        assertEquals("goals", open.at().orElseThrow().id());
    }

    @Test
    void feedback_naming_a_question_the_survey_does_not_have_is_answered_by_the_command_layer() {
        // given
        openTheSurvey();
        // when
        ChatOutcome outcome = turn.take(new ChatRequest(ChatSource.DISCORD, "700000000000000201", Optional.of("anna.holm"),
                new ChatInput.Options("feedback", Map.of("question", "42"))));
        // then
        Reply reply = assertInstanceOf(ChatOutcome.Answered.class, outcome).reply();
        assertEquals("There is no question \"42\" in this survey. The questions are numbered 1–9.", reply.summary());
    }

    @Test
    void feedback_with_no_survey_open_is_the_command_layers_answer() {
        // when nothing has been opened
        ChatOutcome outcome = turn.take(typed(ChatSource.SLACK, "U0ANNA01", "anna.holm", "feedback"));
        // then
        assertEquals("There is no survey open for you right now. Thank you for asking!", assertInstanceOf(ChatOutcome.Answered.class, outcome).reply().summary());
    }

    @Test
    void a_failing_identity_lookup_is_an_apology_in_the_company_language_and_keeps_its_cause() {
        // given
        IllegalStateException lookupFailed = new IllegalStateException("users.info: ratelimited");
        // when
        ChatOutcome outcome = turn.take(() -> {
            throw lookupFailed;
        });
        // then
        ChatOutcome.Failed failed = assertInstanceOf(ChatOutcome.Failed.class, outcome);
        assertSame(lookupFailed, failed.cause());
        assertEquals("Beklager, noget gik galt, mens jeg regnede dit svar ud. Prøv igen om et minut; bliver det ved, så sig det til sales ops.",
                failed.notice().summary());
    }

    @Test
    void a_failing_store_is_an_apology_in_the_callers_language_and_in_english_when_even_the_company_fails() {
        // given a command layer and a company whose store is locked
        Supplier<Company> broken = () -> {
            throw new IllegalStateException("[SQLITE_BUSY] The database file is locked");
        };
        ChatTurn failingCommands = new ChatTurn(new CommandHandler(broken, app.ledger(), app.clock()), app::company);
        ChatTurn failingAll = new ChatTurn(new CommandHandler(broken, app.ledger(), app.clock()), broken);
        // when
        ChatOutcome mikkel = failingCommands.take(typed(ChatSource.DISCORD, "700000000000000202", "mikkel.larsen", "status"));
        ChatOutcome anyone = failingAll.take(typed(ChatSource.DISCORD, "700000000000000202", "mikkel.larsen", "status"));
        // then
        assertEquals(Language.DA, assertInstanceOf(ChatOutcome.Failed.class, mikkel).texts().language());
        assertEquals("Sorry, something went wrong while I worked out your answer. Please try again in a minute; if it keeps happening, tell sales ops.",
                assertInstanceOf(ChatOutcome.Failed.class, anyone).notice().summary());
    }

    @Test
    void with_no_worker_free_the_caller_is_asked_to_try_again_in_the_company_language() {
        // when
        ChatOutcome.Busy busy = turn.busy();
        // then
        assertEquals("Jeg har for mange spørgsmål at besvare lige nu. Prøv igen om et minut.", busy.notice().summary());
    }
}
