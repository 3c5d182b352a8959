package app.bonusbot.core.survey;

import static app.bonusbot.core.survey.SurveyFixtures.MONA;
import static app.bonusbot.core.survey.SurveyFixtures.NORTH;
import static app.bonusbot.core.survey.SurveyFixtures.SOUTH;
import static app.bonusbot.core.survey.SurveyFixtures.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.people.Person;
import app.bonusbot.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answering an open round on a real SQLite file. */
class SurveyAnsweringTest {

    private static final ZonedDateTime Q1_OPENS = ZonedDateTime.of(2027, 1, 1, 10, 0, 0, 0, ZONE);

    @TempDir
    Path tempDir;

    private SurveyBot bot;

    @BeforeEach
    void an_open_round() {
        bot = new SurveyBot(tempDir.resolve("bonusbot.db"), new TestClock(Q1_OPENS.minusDays(1)), SurveyFixtures.survey());
        bot.driveUntil(Q1_OPENS.plusDays(2));
    }

    private long runId() {
        return bot.store.runs("pulse").get(0).id();
    }

    @Test
    void the_form_shows_every_question_with_its_choices_and_the_answers_given_so_far() {
        // given
        Person niels = NORTH.get(1);
        bot.answering.answer(niels, "clarity", "4");
        // when
        SurveyForm form = bot.answering.form(niels).orElseThrow();
        // then
        assertEquals(List.of("clarity", "motivation", "change", "comments"), form.items().stream().map(SurveyForm.Item::id).toList());
        SurveyForm.Item clarity = form.items().get(0);
        assertEquals(Optional.of("4"), clarity.answer());
        assertEquals(Optional.of("4 · Agree"), clarity.answerText());
        assertEquals(List.of("1 · Strongly disagree", "2 · Disagree", "3 · Neither agree nor disagree", "4 · Agree", "5 · Strongly agree"),
                clarity.choices().stream().map(SurveyForm.Choice::label).toList());
        assertEquals(11, form.items().get(1).choices().size());
        assertEquals(List.of("targets", "rates", "nothing"), form.items().get(2).choices().stream().map(SurveyForm.Choice::value).toList());
        assertTrue(form.items().get(3).choices().isEmpty());
        assertEquals("motivation", form.nextUnanswered().orElseThrow().id());
        assertEquals(1, form.answeredCount());
        assertTrue(form.intro().contains("at least 5 people"), form.intro());
        assertEquals("15 Jan 2027 at 10:00", form.closes());
    }

    @Test
    void a_second_answer_replaces_the_first_so_each_person_has_one_answer_per_round() {
        // given
        Person nina = NORTH.get(0);
        bot.answering.answer(nina, "clarity", "2");
        bot.answering.answer(NORTH.get(1), "clarity", "4");
        // when
        SurveyAnswering.Outcome outcome = bot.answering.answer(nina, "1", "5");
        // then
        SurveyAnswering.Outcome.Saved saved = assertInstanceOf(SurveyAnswering.Outcome.Saved.class, outcome);
        assertEquals(Optional.of("5"), saved.question().answer());
        List<String> clarity = bot.store.responses(runId()).stream().map(r -> r.answers().get("clarity")).sorted().toList();
        assertEquals(List.of("4", "5"), clarity);
        assertEquals(2, bot.store.respondents(runId()).size());
    }

    @Test
    void an_answer_that_does_not_fit_is_refused_in_the_persons_language_and_nothing_is_stored() {
        // given Nina reads Danish, Niels English
        // when
        SurveyAnswering.Outcome danish = bot.answering.answer(NORTH.get(0), "clarity", "6");
        SurveyAnswering.Outcome english = bot.answering.answer(NORTH.get(1), "motivation", "seven");
        SurveyAnswering.Outcome choice = bot.answering.answer(NORTH.get(1), "change", "4");
        SurveyAnswering.Outcome empty = bot.answering.answer(NORTH.get(1), "comments", "   ");
        // then
        assertEquals("Svar med et helt tal fra 1 til 5.", assertInstanceOf(SurveyAnswering.Outcome.Refused.class, danish).problem());
        assertEquals("Answer with a whole number from 0 to 10.", assertInstanceOf(SurveyAnswering.Outcome.Refused.class, english).problem());
        assertEquals("Answer with the number of an option (1–3) or its name.", assertInstanceOf(SurveyAnswering.Outcome.Refused.class, choice).problem());
        assertEquals("Please write an answer.", assertInstanceOf(SurveyAnswering.Outcome.Refused.class, empty).problem());
        assertTrue(bot.store.responses(runId()).isEmpty());
    }

    @Test
    void a_single_choice_is_taken_by_id_by_number_or_by_its_label_in_the_persons_language() {
        // when
        bot.answering.answer(NORTH.get(0), "change", "Satser");
        bot.answering.answer(NORTH.get(1), "change", "3");
        bot.answering.answer(NORTH.get(3), "change", "TARGETS");
        // then
        List<String> picked = bot.store.responses(runId()).stream().map(r -> r.answers().get("change")).sorted().toList();
        assertEquals(List.of("nothing", "rates", "targets"), picked);
    }

    @Test
    void an_unknown_question_is_answered_with_the_form() {
        // when
        SurveyAnswering.Outcome outcome = bot.answering.answer(NORTH.get(1), "bonus", "5");
        // then
        SurveyAnswering.Outcome.UnknownQuestion unknown = assertInstanceOf(SurveyAnswering.Outcome.UnknownQuestion.class, outcome);
        assertEquals("bonus", unknown.given());
        assertEquals(4, unknown.form().items().size());
    }

    @Test
    void someone_outside_the_audience_has_nothing_open() {
        // when
        Optional<SurveyForm> form = bot.answering.form(MONA);
        SurveyAnswering.Outcome outcome = bot.answering.answer(MONA, "clarity", "1");
        SurveyAnswering.Outcome byButton = bot.answering.answerInRun(MONA, runId(), "clarity", "1");
        // then
        assertEquals(Optional.empty(), form);
        assertInstanceOf(SurveyAnswering.Outcome.NothingOpen.class, outcome);
        assertInstanceOf(SurveyAnswering.Outcome.NothingOpen.class, byButton);
        assertTrue(bot.store.responses(runId()).isEmpty());
    }

    @Test
    void the_answers_tables_hold_no_person_id_email_chat_id_or_name_in_any_column_or_value() {
        // given everyone answers everything
        List<Person> everyone = new ArrayList<>(NORTH);
        everyone.addAll(SOUTH);
        for (Person person : everyone) {
            bot.answering.answer(person, "clarity", "4");
            bot.answering.answer(person, "motivation", "7");
            bot.answering.answer(person, "change", "rates");
            bot.answering.answer(person, "comments", "The targets feel too high this quarter");
        }
        Set<String> identifying = new HashSet<>();
        for (Person person : SurveyFixtures.company().directory().people()) {
            identifying.add(person.id().toLowerCase());
            identifying.add(person.name().toLowerCase());
            identifying.add(person.email().toLowerCase());
            identifying.add(person.chatId(ChatPlatform.SLACK).orElseThrow().toLowerCase());
        }
        // when every column name and value of every survey table is read
        Database db = Database.open(tempDir.resolve("bonusbot.db"), bot.clock);
        List<String> tables = db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'survey%'")
                .mapTo(String.class).list());
        List<String> found = new ArrayList<>();
        for (String table : tables) {
            db.jdbi().useHandle(h -> h.createQuery("SELECT * FROM " + table).mapToMap().forEach(row -> row.forEach((column, value) -> {
                found.add(column.toLowerCase());
                found.add(String.valueOf(value).toLowerCase());
            })));
        }
        // then
        assertEquals(Set.of("survey_answers", "survey_run_audience", "survey_run_steps", "survey_runs", "survey_sends"), Set.copyOf(tables));
        assertEquals(Integer.valueOf(9), db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM survey_sends").mapTo(Integer.class).one()),
                "the delivery claims were read too");
        assertEquals(Integer.valueOf(36), db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM survey_answers").mapTo(Integer.class).one()));
        for (String value : found) {
            for (String id : identifying) {
                assertFalse(value.equals(id) || value.contains(id + "@") || value.contains(id.replace(" ", "")), value + " identifies " + id);
            }
        }
    }

    @Test
    void a_respondent_code_is_the_keyed_hash_and_cannot_be_made_without_the_key() {
        // given
        Person nina = NORTH.get(0);
        bot.answering.answer(nina, "clarity", "4");
        RespondentKey otherKey = new RespondentKey("some other key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8));
        // when
        Set<String> stored = bot.store.respondents(runId());
        // then the code made with the key is there; the same person with another key, or in another round, gives another code
        assertEquals(Set.of(SurveyFixtures.KEY.respondent(nina.id(), runId())), stored);
        assertFalse(stored.contains(otherKey.respondent(nina.id(), runId())));
        assertFalse(stored.contains(SurveyFixtures.KEY.respondent(nina.id(), runId() + 1)));
        assertEquals(64, stored.iterator().next().length());
        assertFalse(stored.iterator().next().contains(nina.id()));
    }

    @Test
    void answers_carry_no_time_of_their_own() {
        // given
        bot.answering.answer(NORTH.get(0), "clarity", "4");
        // when
        Database db = Database.open(tempDir.resolve("bonusbot.db"), bot.clock);
        List<String> columns = db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM pragma_table_info('survey_answers')").mapTo(String.class).list());
        // then
        assertEquals(List.of("run_id", "respondent", "group_key", "question_id", "answer"), columns);
        assertEquals(Map.of("clarity", "4"), bot.store.responses(runId()).get(0).answers());
    }
}
