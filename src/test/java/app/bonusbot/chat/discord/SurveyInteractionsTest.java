package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordSurveyBed.ANNA;
import static app.bonusbot.chat.discord.DiscordSurveyBed.METTE;
import static app.bonusbot.chat.discord.DiscordSurveyBed.OPENS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.Response;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import net.dv8tion.jda.api.interactions.components.buttons.Button;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.interactions.components.text.TextInput;
import net.dv8tion.jda.api.interactions.components.text.TextInputStyle;
import net.dv8tion.jda.api.interactions.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answering a survey in Discord with buttons and a modal through {@link SurveyInteractions}: JDA's events mocked, the
 * store, answering and rendering real, on the demo survey delivered at 10:00 and clicked at noon on 27 November 2026.
 */
class SurveyInteractionsTest {

    @TempDir
    Path dir;

    private DiscordSurveyBed bed;
    private final SurveyClicks clicks = new SurveyClicks();

    @BeforeEach
    void the_demo_survey_is_opened_and_delivered_in_discord() {
        bed = new DiscordSurveyBed(dir);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private void click(String userId, String question, String action) {
        bed.interactions.onButtonInteraction(clicks.button(userId, bed.id(question, action)));
        bed.executor.runAll();
    }

    private void write(String userId, String question, String text) {
        bed.interactions.onModalInteraction(clicks.modal(userId, bed.id(question, "t"), text));
        bed.executor.runAll();
    }

    @Test
    void a_click_is_acknowledged_at_once_and_stored_after_as_if_typed() {
        // when Anna clicks 4 on the first question, before the executor has run
        bed.interactions.onButtonInteraction(clicks.button(ANNA, bed.id("clarity", "a:4")));
        List<String> beforeWork = clicks.kinds();
        List<Response> storedBeforeWork = bed.responses();
        bed.executor.runAll();
        // then deferred first, stored after, and the form shown again at the next question
        assertEquals(List.of("defer"), beforeWork);
        assertEquals(List.of(), storedBeforeWork);
        assertEquals(List.of("defer", "edit"), clicks.kinds());
        assertEquals(List.of(new Response("nordics", Map.of("clarity", "4"))), bed.responses());
        MessageEditData edited = clicks.lastEdit();
        assertTrue(DiscordSurveyBed.text(edited.getEmbeds()).contains("**Saved: 4 · Agree**"), DiscordSurveyBed.text(edited.getEmbeds()));
        assertTrue(DiscordSurveyBed.text(edited.getEmbeds()).contains("**1. I understand exactly how my bonus is calculated.**\n*1 = strongly disagree … 5 = strongly agree*\n"
                + "Your answer: 4 · Agree"), DiscordSurveyBed.text(edited.getEmbeds()));
        assertTrue(DiscordSurveyBed.text(edited.getEmbeds()).contains("**▶ 2. At any time I can see where I stand"), DiscordSurveyBed.text(edited.getEmbeds()));
        assertEquals(bed.id("transparency", "a:1"), DiscordSurveyBed.rows(edited.getComponents()).get(0).get(0).getId());
    }


    @Test
    void the_answers_table_holds_no_trace_of_who_clicked() {
        // given
        Person anna = bed.person("anna.holm");
        // when
        click(ANNA, "clarity", "a:4");
        // then
        List<Map<String, Object>> rows = bed.app.database().jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM survey_answers WHERE run_id = :run").bind("run", bed.run.id()).mapToMap().list());
        assertEquals(1, rows.size());
        for (Object value : rows.get(0).values()) {
            String stored = String.valueOf(value).toLowerCase();
            for (String identifying : List.of(anna.id(), anna.name().toLowerCase(), anna.email(), ANNA)) {
                assertFalse(stored.contains(identifying), stored + " identifies Anna");
            }
        }
    }


    @Test
    void stepping_back_shows_the_previous_question_with_its_answer_highlighted() {
        // given
        click(ANNA, "clarity", "a:4");
        // when
        click(ANNA, "transparency", "p");
        // then
        List<List<Button>> rows = DiscordSurveyBed.rows(clicks.lastEdit().getComponents());
        assertEquals(List.of(ButtonStyle.SECONDARY, ButtonStyle.SECONDARY, ButtonStyle.SECONDARY, ButtonStyle.SUCCESS, ButtonStyle.SECONDARY),
                rows.get(0).stream().map(Button::getStyle).toList());
        assertTrue(rows.get(1).get(0).isDisabled());
        assertEquals(1, bed.responses().size());
    }


    @Test
    void the_scale_from_0_to_10_spreads_over_three_rows_of_at_most_five() {
        // when Anna steps from the fifth question to the sixth
        click(ANNA, "fairness", "n");
        // then
        List<List<Button>> rows = DiscordSurveyBed.rows(clicks.lastEdit().getComponents());
        assertEquals(List.of(5, 5, 1, 2), rows.stream().map(List::size).toList());
        assertEquals(bed.id("motivation", "a:10"), rows.get(2).get(0).getId());
        assertEquals(List.of(), bed.responses());
    }


    @Test
    void a_second_click_replaces_the_first_answer() {
        // when
        click(ANNA, "clarity", "a:4");
        click(ANNA, "clarity", "a:2");
        // then
        assertEquals(List.of(new Response("nordics", Map.of("clarity", "2"))), bed.responses());
    }


    @Test
    void an_interaction_delivered_twice_is_acted_on_once() {
        // when the same interaction arrives again (as after a gateway resume), even with another value
        bed.interactions.onButtonInteraction(clicks.button(ANNA, bed.id("clarity", "a:4"), "1300000000000000777"));
        bed.interactions.onButtonInteraction(clicks.button(ANNA, bed.id("clarity", "a:2"), "1300000000000000777"));
        bed.executor.runAll();
        // then
        assertEquals(List.of("defer", "edit"), clicks.kinds());
        assertEquals(List.of(new Response("nordics", Map.of("clarity", "4"))), bed.responses());
    }


    @Test
    void a_click_after_the_round_closed_replaces_the_form_with_a_note_and_no_buttons() {
        // given
        bed.clock.set(OPENS.plusHours(1));
        bed.rounds.closeNow(bed.survey);
        // when
        click(ANNA, "clarity", "a:5");
        // then
        MessageEditData note = clicks.lastEdit();
        assertTrue(DiscordSurveyBed.text(note.getEmbeds()).contains("This survey closed 27 Nov 2026 at 11:00, so your answer was not saved."), DiscordSurveyBed.text(note.getEmbeds()));
        assertEquals(List.of(), note.getComponents());
        assertEquals(List.of(), bed.responses());
    }


    @Test
    void someone_outside_the_audience_or_unknown_who_clicks_stores_nothing() {
        // when Mette, a manager, and someone Bonusbot does not know click
        click(METTE, "clarity", "a:1");
        MessageEditData mette = clicks.lastEdit();
        click("799999999999999999", "clarity", "a:1");
        MessageEditData stranger = clicks.lastEdit();
        // then
        assertTrue(DiscordSurveyBed.text(mette.getEmbeds()).contains("Der er ingen undersøgelse åben for dig lige nu."), DiscordSurveyBed.text(mette.getEmbeds()));
        assertTrue(DiscordSurveyBed.text(stranger.getEmbeds()).contains("Der er ingen undersøgelse åben for dig lige nu."), DiscordSurveyBed.text(stranger.getEmbeds()));
        assertEquals(List.of(), stranger.getComponents());
        assertEquals(List.of(), bed.responses());
    }


    @Test
    void write_your_answer_opens_a_modal_at_once_with_the_questions_limit() {
        // when
        bed.interactions.onButtonInteraction(clicks.button(ANNA, bed.id("comments", "w")));
        // then the modal is the response itself: nothing deferred, nothing left for the executor
        assertEquals(List.of("modal"), clicks.kinds());
        assertEquals(0, bed.executor.waiting());
        Modal modal = clicks.steps.get(0).modal();
        assertEquals(bed.id("comments", "t"), modal.getId());
        TextInput input = (TextInput) modal.getComponents().get(0).getComponents().get(0);
        assertEquals(DiscordSurveyMessage.TEXT_INPUT, input.getId());
        assertEquals(TextInputStyle.PARAGRAPH, input.getStyle());
        assertEquals(2000, input.getMaxLength());
        assertEquals(null, input.getValue());
        assertTrue(input.getLabel().length() <= TextInput.MAX_LABEL_LENGTH, input.getLabel());
    }


    @Test
    void a_written_answer_is_stored_and_the_modal_shows_it_next_time() {
        // when
        write(ANNA, "comments", "Fewer tiers, please.");
        bed.interactions.onButtonInteraction(clicks.button(ANNA, bed.id("comments", "w")));
        // then
        assertEquals(List.of(new Response("nordics", Map.of("comments", "Fewer tiers, please."))), bed.responses());
        assertEquals(List.of("defer", "edit", "modal"), clicks.kinds());
        assertTrue(DiscordSurveyBed.text(clicks.lastEdit().getEmbeds()).contains("Your answer: Fewer tiers, please."), DiscordSurveyBed.text(clicks.lastEdit().getEmbeds()));
        assertEquals(bed.id("clarity", "a:1"), DiscordSurveyBed.rows(clicks.lastEdit().getComponents()).get(0).get(0).getId());
        TextInput input = (TextInput) clicks.steps.get(2).modal().getComponents().get(0).getComponents().get(0);
        assertEquals("Fewer tiers, please.", input.getValue());
    }


    @Test
    void a_written_answer_too_long_is_refused_in_a_note_only_the_person_sees() {
        // when
        write(ANNA, "comments", "x".repeat(2001));
        // then
        assertEquals(List.of("defer", "ephemeral"), clicks.kinds());
        assertEquals("That is 2001 characters; please keep it to 2000.", clicks.steps.get(1).text());
        assertEquals(List.of(), bed.responses());
    }


    @Test
    void the_last_answer_says_thank_you_and_keeps_the_buttons_to_change_answers() {
        // when Anna answers all nine questions
        for (String question : List.of("clarity", "transparency", "goals", "targets", "evaluation", "fairness")) {
            click(ANNA, question, "a:4");
        }
        click(ANNA, "motivation", "a:8");
        click(ANNA, "first-change", "a:targets");
        write(ANNA, "comments", "Fewer tiers, please.");
        // then
        MessageEditData done = clicks.lastEdit();
        assertTrue(DiscordSurveyBed.text(done.getEmbeds()).contains("**Thank you, you have answered every question."), DiscordSurveyBed.text(done.getEmbeds()));
        assertTrue(DiscordSurveyBed.text(done.getEmbeds()).contains("You have answered 9 of 9 questions."), DiscordSurveyBed.text(done.getEmbeds()));
        List<List<Button>> rows = DiscordSurveyBed.rows(done.getComponents());
        assertEquals(bed.id("comments", "w"), rows.get(0).get(0).getId());
        assertEquals(List.of(false, true), rows.get(1).stream().map(Button::isDisabled).toList());
        assertEquals(9, bed.responses().get(0).answers().size());
    }


    @Test
    void a_busy_executor_asks_to_try_again_and_stores_nothing() {
        // given
        SurveyInteractions busy = new SurveyInteractions(bed.commands, bed.app::company, work -> {
            throw new RejectedExecutionException("full");
        }, bed.app.clock());
        // when
        busy.onButtonInteraction(clicks.button(ANNA, bed.id("clarity", "a:4")));
        // then
        assertEquals(List.of("defer", "ephemeral"), clicks.kinds());
        assertEquals("Jeg har for mange spørgsmål at besvare lige nu. Prøv igen om et minut.", clicks.steps.get(1).text());
        assertEquals(List.of(), bed.responses());
    }

    @Test
    void write_your_answer_after_the_round_closed_says_so_instead_of_opening_the_modal() {
        // given
        bed.clock.set(OPENS.plusHours(1));
        bed.rounds.closeNow(bed.survey);
        // when
        bed.interactions.onButtonInteraction(clicks.button(ANNA, bed.id("comments", "w")));
        // then the note replaces the form as the immediate response
        assertEquals(List.of("edit"), clicks.kinds());
        assertTrue(DiscordSurveyBed.text(clicks.lastEdit().getEmbeds()).contains("This survey closed 27 Nov 2026 at 11:00"),
                DiscordSurveyBed.text(clicks.lastEdit().getEmbeds()));
        assertEquals(List.of(), clicks.lastEdit().getComponents());
        assertEquals(0, bed.executor.waiting());
    }
}
