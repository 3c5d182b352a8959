package app.bonusbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.DemoCompany;
import app.bonusbot.chat.console.ConsoleSurveyDelivery;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.Response;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyForm;
import app.bonusbot.core.survey.SurveyRounds;
import app.bonusbot.core.survey.SurveyRun;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answers to the demo survey through the shared survey turn, as a button, a text box or a typed line gives them: the
 * demo company in a SQLite file at noon on 27 November 2026, the survey's round opened at 10:00 that day.
 */
class SurveyTurnTest {

    private static final ZonedDateTime OPENS = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, ZoneId.of("Europe/Copenhagen"));

    @TempDir
    Path dir;

    private Application app;
    private SurveyRounds rounds;
    private Survey survey;
    private SurveyRun run;
    private SurveyTurn turn;

    @BeforeEach
    void the_demo_survey_is_open() {
        app = DemoCompany.open(DemoCompany.configCopy(dir), dir, LocalDate.of(2026, 11, 27));
        List<String> printed = new ArrayList<>();
        rounds = app.surveyRounds(new ConsoleSurveyDelivery("anna.holm", printed::add));
        survey = app.config().surveys().get(0);
        run = ((SurveyRounds.Opening.Opened) rounds.open(survey, OPENS)).run();
        turn = new SurveyTurn(app.commands().surveys(), app::company);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Supplier<Optional<Person>> who(String personId) {
        return () -> app.company().directory().person(personId);
    }

    private Optional<SurveyTurn.At> at(String question) {
        return Optional.of(new SurveyTurn.At(run.id(), question));
    }

    private List<Response> responses() {
        return app.surveys().repository().responses(run.id());
    }

    @Test
    void an_answer_that_fits_is_recorded_and_the_next_question_not_yet_answered_follows() {
        // when Anna clicks 4 on the first question
        SurveyOutcome outcome = turn.answer(who("anna.holm"), at("clarity"), "4");
        // then
        SurveyOutcome.Recorded recorded = assertInstanceOf(SurveyOutcome.Recorded.class, outcome);
        assertEquals(1, responses().size());
        assertEquals("Saved: " + recorded.question().answerText().orElseThrow(), recorded.lead());
        assertEquals(recorded.saved(), recorded.lead());
        assertEquals("transparency", recorded.next().id());
        assertEquals(Language.EN, recorded.texts().language());
    }

    @Test
    void the_last_answer_is_thanked_for_and_its_question_stays_shown() {
        // given every question but the last answered
        SurveyForm form = app.commands().surveys().openForm("mikkel.larsen").orElseThrow();
        for (SurveyForm.Item item : form.items().subList(0, form.items().size() - 1)) {
            String value = item.choices().isEmpty() ? "3" : item.choices().get(0).value();
            assertInstanceOf(SurveyOutcome.Recorded.class, turn.answer(who("mikkel.larsen"), at(item.id()), value));
        }
        // when Mikkel (Danish) writes the last answer
        SurveyOutcome outcome = turn.answer(who("mikkel.larsen"), at("comments"), "Mere gennemsigtighed, tak.");
        // then
        SurveyOutcome.Recorded recorded = assertInstanceOf(SurveyOutcome.Recorded.class, outcome);
        assertTrue(recorded.form().complete());
        assertTrue(recorded.lead().startsWith("Tak, du har besvaret alle spørgsmål."), recorded.lead());
        assertEquals("Gemt: Mere gennemsigtighed, tak.", recorded.saved());
        assertEquals("comments", recorded.next().id());
    }

    @Test
    void an_answer_that_does_not_fit_is_refused_with_the_reason_and_nothing_is_stored() {
        // when
        SurveyOutcome outcome = turn.answer(who("anna.holm"), at("clarity"), "9");
        // then
        SurveyOutcome.Refused refused = assertInstanceOf(SurveyOutcome.Refused.class, outcome);
        assertEquals("clarity", refused.question().id());
        assertEquals(refused.problem(), refused.reply().summary());
        assertTrue(responses().isEmpty());
    }

    @Test
    void asking_for_a_question_shows_it_as_it_may_be_answered_and_stores_nothing() {
        // given
        turn.answer(who("anna.holm"), at("clarity"), "4");
        // when
        SurveyOutcome outcome = turn.question(who("anna.holm"), at("clarity"));
        // then
        SurveyOutcome.AtQuestion shown = assertInstanceOf(SurveyOutcome.AtQuestion.class, outcome);
        assertEquals("clarity", shown.question().id());
        assertEquals(Optional.of("4"), shown.question().answer());
        assertEquals(1, responses().size());
    }

    @Test
    void a_question_the_round_does_not_have_names_how_many_there_are() {
        // when
        SurveyOutcome outcome = turn.answer(who("anna.holm"), at("bonus-size"), "4");
        // then
        SurveyOutcome.UnknownQuestion unknown = assertInstanceOf(SurveyOutcome.UnknownQuestion.class, outcome);
        assertEquals("There is no question \"bonus-size\" in this survey. The questions are numbered 1–9.", unknown.lead());
        assertEquals(unknown.lead(), unknown.reply().summary());
    }

    @Test
    void an_answer_after_the_round_closed_says_when_it_closed_and_stores_nothing() {
        // given
        rounds.closeNow(survey);
        // when
        SurveyOutcome outcome = turn.answer(who("anna.holm"), at("clarity"), "4");
        // then
        SurveyOutcome.RoundClosed closed = assertInstanceOf(SurveyOutcome.RoundClosed.class, outcome);
        assertEquals("This survey closed 27 Nov 2026 at 12:00, so your answer was not saved.", closed.reply().summary());
        assertTrue(responses().isEmpty());
    }

    @Test
    void someone_unknown_outside_the_audience_or_with_an_unreadable_click_finds_nothing_open() {
        // when
        SurveyOutcome unknown = turn.answer(Optional::empty, at("clarity"), "4");
        SurveyOutcome manager = turn.answer(who("mette.lund"), at("clarity"), "4");
        SurveyOutcome unreadable = turn.question(who("anna.holm"), Optional.empty());
        // then the stranger in the company's language, the others in their own
        assertEquals("Der er ingen undersøgelse åben for dig lige nu. Tak, fordi du spørger!",
                assertInstanceOf(SurveyOutcome.NothingOpen.class, unknown).reply().summary());
        assertEquals(Language.DA, assertInstanceOf(SurveyOutcome.NothingOpen.class, manager).texts().language());
        assertInstanceOf(SurveyOutcome.NothingOpen.class, unreadable);
        assertTrue(responses().isEmpty());
    }

    @Test
    void a_failing_lookup_is_an_apology_that_keeps_its_cause() {
        // given
        IllegalStateException lookupFailed = new IllegalStateException("users.info: ratelimited");
        // when
        SurveyOutcome outcome = turn.answer(() -> {
            throw lookupFailed;
        }, at("clarity"), "4");
        // then
        SurveyOutcome.Failed failed = assertInstanceOf(SurveyOutcome.Failed.class, outcome);
        assertSame(lookupFailed, failed.cause());
        assertEquals("Beklager, noget gik galt, mens jeg regnede dit svar ud. Prøv igen om et minut; bliver det ved, så sig det til sales ops.",
                failed.reply().summary());
    }

    @Test
    void with_no_worker_free_the_person_is_asked_to_try_again() {
        // when
        SurveyOutcome busy = turn.busy();
        // then
        assertEquals("Jeg har for mange spørgsmål at besvare lige nu. Prøv igen om et minut.", busy.reply().summary());
    }
}
