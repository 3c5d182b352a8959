package app.bonusbot.chat.discord;


import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.SurveyForm;
import app.bonusbot.snapshots.JsonSnapshots;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The survey's direct message (embeds and components) and its modal exactly as JDA sends them, for the demo survey on
 * 27 November 2026, against committed snapshots in src/test/resources/snapshots/discord/survey-*.json. A missing
 * snapshot is written and the test fails, so that a new one is read by eye before it is committed;
 * {@code -Dsnapshots.update=true} rewrites them after an intended change.
 */
class DiscordSurveySnapshotTest {

    @TempDir
    Path dir;

    private DiscordSurveyBed bed;

    @BeforeEach
    void the_demo_survey_is_open() {
        bed = new DiscordSurveyBed(dir);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private static void assertMatches(String name, String json) {
        new JsonSnapshots("discord").assertMatches(name, json);
    }

    private SurveyForm answered(String personId, List<String> questions, String value) {
        Person person = bed.person(personId);
        for (String question : questions) {
            bed.commands.answering().answer(person, question, value);
        }
        return bed.formOf(personId);
    }

    @Test
    void the_delivered_survey_renders_as_in_its_snapshot() {
        // when
        String json = bed.messageTo(DiscordSurveyBed.ANNA).toData().toString();
        // then
        assertMatches("survey-delivered", json);
    }

    @Test
    void the_scale_from_0_to_10_with_an_answer_renders_as_in_its_snapshot() {
        // given
        SurveyForm form = answered("anna.holm", List.of("clarity", "transparency", "goals", "targets", "evaluation", "fairness", "motivation"), "4");
        Texts texts = Texts.of(form.language());
        // when
        String json = DiscordSurveyMessage.of(form, Optional.of(texts.get("feedback.saved", "4")), form.item("motivation").orElseThrow(), texts)
                .create().toData().toString();
        // then
        assertMatches("survey-scale-answered", json);
    }

    @Test
    void the_free_text_question_in_danish_renders_as_in_its_snapshot() {
        // given
        SurveyForm form = answered("mikkel.larsen", List.of("first-change"), "2");
        Texts texts = Texts.of(form.language());
        // when
        String json = DiscordSurveyMessage.of(form, Optional.empty(), form.item("comments").orElseThrow(), texts).create().toData().toString();
        // then
        assertMatches("survey-free-text-da", json);
    }

    @Test
    void the_modal_for_free_text_in_danish_renders_as_in_its_snapshot() {
        // given
        SurveyForm form = answered("mikkel.larsen", List.of("comments"), "Færre trin, tak.");
        // when
        String json = DiscordSurveyMessage.modal(form, form.item("comments").orElseThrow(), Texts.of(form.language())).toData().toString();
        // then
        assertMatches("survey-modal-da", json);
    }
}
