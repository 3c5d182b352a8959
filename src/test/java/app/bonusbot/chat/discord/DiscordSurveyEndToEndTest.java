package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordTestBed.ANNA;
import static app.bonusbot.chat.discord.DiscordTestBed.KARIN;
import static app.bonusbot.chat.discord.DiscordTestBed.METTE;
import static app.bonusbot.chat.discord.LiveDiscordBot.SURVEY_PREFIX;
import static app.bonusbot.chat.discord.LiveDiscordBot.WAIT;
import static app.bonusbot.chat.discord.LiveDiscordBot.button;
import static app.bonusbot.chat.discord.LiveDiscordBot.customIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.Response;
import app.bonusbot.core.survey.SurveyRounds;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Surveys in Discord end to end: real JDA logged in to a loopback fake Discord, the demo company's survey opened by
 * hand and delivered by the bot. Clicks and modal submits arrive over the fake gateway; the direct messages, the
 * acknowledgements and the edited forms are read on the fake REST side, the answers in the SQLite store.
 */
class DiscordSurveyEndToEndTest {

    private static final String COMMENT = "Pay the accelerator monthly, please.";

    @TempDir
    Path dir;

    private LiveDiscordBot live;
    private SurveyRounds.Sent delivered;

    @BeforeEach
    void a_round_of_the_demo_survey_is_delivered_through_the_running_bot() {
        live = LiveDiscordBot.start(dir);
        delivered = live.openSurveyRound();
    }

    @AfterEach
    void stop() {
        live.close();
    }

    private List<Response> responses() {
        return live.bed.application.surveys().repository().responses(delivered.run().id());
    }

    private String runPrefix() {
        return SURVEY_PREFIX + delivered.run().id() + ":";
    }

    private SentMessage surveyTo(String userId) {
        return live.discord.awaitDmsTo(userId, 1, WAIT).get(0);
    }

    @Test
    void every_seller_gets_the_survey_by_direct_message_with_the_buttons_of_the_first_question() {
        // given the delivery in @BeforeEach

        // when
        Set<String> openedWith = live.discord.requests().stream().filter(r -> r.is("POST", "users/@me/channels"))
                .map(r -> r.json().path("recipient_id").asText()).collect(Collectors.toSet());

        // then each seller with a discord_id in people.yaml, and nobody else
        assertEquals(DiscordSurveyBed.SELLERS.size(), delivered.sent());
        assertEquals(0, delivered.failed());
        assertEquals(Set.copyOf(DiscordSurveyBed.SELLERS), openedWith);
        for (String seller : DiscordSurveyBed.SELLERS) {
            SentMessage survey = surveyTo(seller);
            assertEquals(1, live.discord.dmsTo(seller).size());
            assertTrue(survey.embeds().size() >= 2, survey.payload().toString());
            List<String> ids = customIds(survey);
            assertTrue(ids.stream().allMatch(id -> id.startsWith(runPrefix())), ids.toString());
            assertTrue(ids.contains(runPrefix() + "clarity:a:4"), ids.toString());
        }
        assertEquals(List.of(), live.discord.dmsTo(METTE));
    }

    @Test
    void a_click_on_an_answer_is_deferred_then_the_form_moves_on_and_the_answer_is_stored_without_who_gave_it() {
        // given Anna's survey
        SentMessage survey = surveyTo(ANNA);

        // when she clicks "4" under the first question
        SentMessage edited = live.click(ANNA, survey, button(survey, ":clarity:a:4"));

        // then the same message now shows the second question with its buttons
        assertEquals(survey.messageId(), edited.messageId());
        assertTrue(LiveDiscordBot.text(edited).contains("▶ 2."), edited.embeds().toString());
        assertTrue(customIds(edited).contains(runPrefix() + "transparency:a:1"), customIds(edited).toString());
        // and her answer is stored under her team, with no trace of who gave it
        assertEquals(List.of(new Response("nordics", Map.of("clarity", "4"))), responses());
        Person anna = live.bed.application.company().directory().person("anna.holm").orElseThrow();
        List<Map<String, Object>> rows = live.bed.application.database().jdbi()
                .withHandle(h -> h.createQuery("SELECT * FROM survey_answers WHERE run_id = :run").bind("run", delivered.run().id()).mapToMap().list());
        assertEquals(1, rows.size());
        for (Object value : rows.get(0).values()) {
            String stored = String.valueOf(value).toLowerCase();
            for (String identifying : List.of(anna.id(), anna.name().toLowerCase(), anna.email(), ANNA)) {
                assertFalse(stored.contains(identifying), stored + " identifies Anna");
            }
        }
    }

    @Test
    void the_write_button_opens_a_modal_and_the_submitted_text_is_stored() {
        // given Anna steps with "next" to the free-text question
        SentMessage survey = surveyTo(ANNA);
        SentMessage current = survey;
        for (int step = 0; step < 10 && customIds(current).stream().noneMatch(id -> id.endsWith(":comments:w")); step++) {
            current = live.click(ANNA, survey, button(current, ":n"));
        }
        String write = button(current, ":comments:w");

        // when she clicks "Write your answer"
        Interaction clicked = live.discord.buttonClick(ANNA, write, survey.messageId(), true);

        // then a modal opens at once, with one text input
        Callback modal = live.discord.awaitCallback(clicked, WAIT);
        assertEquals(Callback.MODAL, modal.type());
        String modalId = modal.data().path("custom_id").asText();
        assertEquals(runPrefix() + "comments:t", modalId);
        JsonNode input = modal.data().path("components").get(0).path("components").get(0);
        assertEquals(DiscordSurveyMessage.TEXT_INPUT, input.path("custom_id").asText());
        assertEquals(List.of(), responses());

        // when she submits her comment
        Interaction submitted = live.discord.modalSubmit(ANNA, modalId, Map.of(input.path("custom_id").asText(), COMMENT), survey.messageId(), true);

        // then it is acknowledged, the form shows it, and it is stored
        assertEquals(Callback.DEFERRED_UPDATE_MESSAGE, live.discord.awaitCallback(submitted, WAIT).type());
        SentMessage edited = live.discord.awaitOriginalEdits(submitted, 1, WAIT).get(0);
        assertEquals(survey.messageId(), edited.messageId());
        assertTrue(LiveDiscordBot.text(edited).contains(COMMENT), edited.embeds().toString());
        assertEquals(List.of(new Response("nordics", Map.of("comments", COMMENT))), responses());
    }

    @Test
    void bonus_feedback_during_a_round_answers_privately_with_the_survey_form_and_its_buttons() {
        // given the form Anna would see
        Person anna = live.bed.application.company().directory().person("anna.holm").orElseThrow();
        String title = live.bed.application.commands().surveys().answering().form(anna).orElseThrow().title();

        // when
        SentMessage answer = live.answer(live.bonus(ANNA, "feedback", Map.of()));

        // then
        assertEquals(title, answer.embed(0).path("title").asText());
        List<String> ids = customIds(answer);
        assertTrue(ids.contains(runPrefix() + "clarity:a:4"), ids.toString());
        assertTrue(ids.stream().allMatch(id -> id.startsWith(runPrefix())), ids.toString());
    }

    @Test
    void bonus_feedback_with_a_question_but_no_answer_opens_the_form_at_that_question() {
        // when Anna names the free-text question without answering it
        SentMessage answer = live.answer(live.bonus(ANNA, "feedback", Map.of("question", "comments")));

        // then the form shows that question's "write your answer" button, not the first question's scale
        List<String> ids = customIds(answer);
        assertTrue(ids.stream().anyMatch(id -> id.startsWith(runPrefix() + "comments:")), ids.toString());
        assertFalse(ids.contains(runPrefix() + "clarity:a:4"), ids.toString());
    }

    @Test
    void a_click_on_the_private_feedback_form_in_the_server_is_stored_like_one_in_direct_messages() {
        // given the form /bonus feedback showed Anna in #general
        SentMessage form = live.answer(live.bonus(ANNA, "feedback", Map.of()));

        // when she clicks "2" under the first question
        Interaction click = live.discord.buttonClick(ANNA, button(form, ":clarity:a:2"), form.messageId(), false);

        // then the private form moves on, and the answer is stored
        assertEquals(Callback.DEFERRED_UPDATE_MESSAGE, live.discord.awaitCallback(click, WAIT).type());
        SentMessage edited = live.discord.awaitOriginalEdits(click, 1, WAIT).get(0);
        assertEquals(form.messageId(), edited.messageId());
        assertTrue(customIds(edited).contains(runPrefix() + "transparency:a:1"), customIds(edited).toString());
        assertEquals(List.of(new Response("nordics", Map.of("clarity", "2"))), responses());
    }

    @Test
    void survey_results_for_the_admin_after_a_closed_round_come_with_the_chart_attached() {
        // given five sellers answered the first question by clicking, and the round was closed
        for (String seller : DiscordSurveyBed.SELLERS.subList(0, 5)) {
            SentMessage survey = surveyTo(seller);
            live.click(seller, survey, button(survey, ":clarity:a:4"));
        }
        assertEquals(5, responses().size());
        live.closeSurveyRound();

        // when Karin asks for the results
        SentMessage answer = live.answer(live.bonus(KARIN, "survey", "results", Map.of()));

        // then her private answer is the core's results with the chart uploaded along and shown in the last embed
        assertTrue(answer.request().isMultipart(), answer.request().contentType());
        assertEquals(List.of(BonusSlashCommand.RESULTS_CHART), answer.files().stream().map(UploadedFile::filename).toList());
        assertTrue(answer.files().get(0).isPng(), "PNG signature");
        assertEquals("attachment://" + BonusSlashCommand.RESULTS_CHART, answer.embed(answer.embeds().size() - 1).path("image").path("url").asText());
        assertEquals(live.bed.rendered("karin.dahl", "survey results").embeds().get(0).getTitle(), answer.embed(0).path("title").asText());
    }
}
