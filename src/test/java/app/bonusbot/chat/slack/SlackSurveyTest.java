package app.bonusbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.survey.Response;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyRounds;
import app.bonusbot.core.survey.SurveyRun;
import app.bonusbot.core.survey.Surveys;
import app.bonusbot.core.survey.TestClock;
import app.bonusbot.store.SurveyKeySource;
import app.bonusbot.store.SurveyStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Survey rounds in Slack, offline: the demo survey opened at 10:00 on 27 November 2026 and delivered by direct
 * message through {@link FakeSlackApi}; answer buttons clicked as Slack sends the clicks (signed {@code block_actions}
 * payloads) into Bonusbot's Bolt app at noon; reminders on 9 December.
 */
class SlackSurveyTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final ZonedDateTime OPENS = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, COPENHAGEN);
    private static final ZonedDateTime REMINDER = ZonedDateTime.of(2026, 12, 9, 9, 0, 0, 0, COPENHAGEN);
    /** The Slack users of the eight sellers: Emma's found by her e-mail, the others' slack_id in people.yaml. */
    private static final List<String> SELLERS = List.of("U0ANNA01", "U0EMMA02", "U0FELIX01", "U0HANNA01", "U0IDA001", "U0LUKAS01", "U0MIKKEL1",
            "U0OLIVER1");

    @TempDir
    Path tempDir;

    private SlackTestBed bed;
    private TestClock clock;
    private SurveyRounds rounds;
    private Survey survey;
    private SurveyRun run;
    private int triggers;

    @BeforeEach
    void the_demo_survey_is_opened_and_delivered_in_slack() {
        bed = SlackTestBed.open(tempDir);
        clock = new TestClock(OPENS);
        // The rounds on a clock the test moves; the Bolt app answers on the bed's clock, fixed at noon on the 27th.
        Surveys surveys = new Surveys(bed.application.config().surveys(), new SurveyStore(bed.application.database()),
                () -> SurveyKeySource.load(bed.application.database().file(), Map.of()), bed.application::company, clock);
        rounds = new SurveyRounds(surveys, new SlackSurveyDelivery(bed.api, bed.people));
        survey = bed.application.config().surveys().get(0);
        run = ((SurveyRounds.Opening.Opened) rounds.open(survey, OPENS)).run();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private List<FakeSlackApi.Call> messages() {
        return bed.slack.answered("chat.postMessage");
    }

    private FakeSlackApi.Call messageTo(String userId) {
        return messages().stream().filter(c -> c.param("channel").equals(userId)).findFirst().orElseThrow();
    }

    /** A click on an answer button in the survey message, signed as Slack signs it. */
    private BlockActionRequest click(String userId, String question, String value) {
        return click(userId, "survey_answer:" + value, question, value);
    }

    /** A click on a free-text question's "write your answer" button. */
    private BlockActionRequest writeClick(String userId, String question) {
        return click(userId, "survey_write:" + question, question, "");
    }

    private BlockActionRequest click(String userId, String actionId, String question, String value) {
        triggers++;
        String payload = """
                {"type":"block_actions","user":{"id":"%s","username":"%s","name":"%s","team_id":"%s"},"api_app_id":"%s",\
                "token":"gIkuvaNzQIHg97ATvDxqgjtO","container":{"type":"message","message_ts":"1764237600.000001","channel_id":"D%s",\
                "is_ephemeral":false},"trigger_id":"survey-trigger-%d","team":{"id":"%s","domain":"nordlys"},"enterprise":null,\
                "is_enterprise_install":false,"channel":{"id":"D%s","name":"directmessage"},\
                "message":{"type":"message","user":"%s","ts":"1764237600.000001","bot_id":"%s","text":"survey"},\
                "response_url":"%s","actions":[{"action_id":"%s","block_id":"survey:%d:%s",\
                "text":{"type":"plain_text","text":"%s","emoji":true},"value":"%d|%s|%s","type":"button","action_ts":"1764237601.000000"}]}"""
                .formatted(userId, userId.toLowerCase(), userId.toLowerCase(), FakeSlackApi.TEAM_ID, FakeSlackApi.APP_ID, userId.substring(1), triggers,
                        FakeSlackApi.TEAM_ID, userId.substring(1), FakeSlackApi.BOT_USER_ID, FakeSlackApi.BOT_ID, bed.slack.responseUrl("click-" + triggers),
                        actionId, run.id(), question, value, run.id(), question, value);
        return bed.requests.blockAction(payload);
    }

    private static List<JsonNode> buttons(JsonNode blocks, String question) {
        return StreamSupport.stream(blocks.spliterator(), false)
                .filter(b -> b.path("block_id").asText().endsWith(":" + question))
                .flatMap(b -> StreamSupport.stream(b.get("elements").spliterator(), false))
                .toList();
    }

    private static String text(JsonNode blocks) {
        return blocks.toString();
    }

    @Test
    void each_seller_gets_the_survey_as_a_direct_message_with_answer_buttons_in_their_language() {
        // then one message to each seller's Slack user, none to the managers or sales ops
        assertEquals(SELLERS, messages().stream().map(c -> c.param("channel")).sorted().toList());
        FakeSlackApi.Call anna = messageTo("U0ANNA01");
        assertTrue(anna.param("text").startsWith("New survey: Your view of the bonus plan."), anna.param("text"));
        JsonNode blocks = anna.json("blocks");
        assertEquals("header", blocks.get(0).get("type").asText());
        assertEquals("Your view of the bonus plan", blocks.get(0).at("/text/text").asText());
        List<JsonNode> clarity = buttons(blocks, "clarity");
        assertEquals(List.of("1|clarity|1", "1|clarity|2", "1|clarity|3", "1|clarity|4", "1|clarity|5").stream().map(v -> v.replace("1|", run.id() + "|"))
                .toList(), clarity.stream().map(b -> b.get("value").asText()).toList());
        assertEquals("4 · Agree", clarity.get(3).at("/text/text").asText());
        assertEquals(11, buttons(blocks, "motivation").size());
        assertEquals("More realistic targets", buttons(blocks, "first-change").get(1).at("/text/text").asText());
        List<JsonNode> write = buttons(blocks, "comments");
        assertEquals(List.of("survey_write:comments"), write.stream().map(b -> b.get("action_id").asText()).toList());
        assertEquals("Write your answer", write.get(0).at("/text/text").asText());
        FakeSlackApi.Call mikkel = messageTo("U0MIKKEL1");
        assertTrue(mikkel.param("text").startsWith("Ny undersøgelse: Din mening om bonusordningen."), mikkel.param("text"));
    }

    @Test
    void a_click_stores_the_answer_and_replaces_the_message_with_the_answer_highlighted() {
        // when
        com.slack.api.bolt.response.Response ack = SlackTestBed.run(bed.app, click("U0ANNA01", "clarity", "4"));
        JsonNode response = bed.slack.awaitResponses(1, SlackTestBed.WAIT).get(0);
        // then acknowledged at once, the answer stored, and the form shown again with the answer
        assertEquals(200, ack.getStatusCode());
        assertEquals(List.of(new Response("nordics", Map.of("clarity", "4"))), bed.application.surveys().repository().responses(run.id()));
        assertTrue(response.get("replace_original").asBoolean());
        assertTrue(text(response.get("blocks")).contains("Saved: 4 · Agree"), response.toString());
        assertTrue(text(response.get("blocks")).contains("Your answer: 4 · Agree"), response.toString());
        List<JsonNode> clarity = buttons(response.get("blocks"), "clarity");
        assertEquals("primary", clarity.get(3).path("style").asText());
        assertFalse(clarity.get(2).has("style"));
    }

    @Test
    void a_second_click_replaces_the_first_answer() {
        // when
        SlackTestBed.run(bed.app, click("U0ANNA01", "clarity", "4"));
        bed.slack.awaitResponses(1, SlackTestBed.WAIT);
        SlackTestBed.run(bed.app, click("U0ANNA01", "clarity", "2"));
        bed.slack.awaitResponses(2, SlackTestBed.WAIT);
        // then
        assertEquals(List.of(new Response("nordics", Map.of("clarity", "2"))), bed.application.surveys().repository().responses(run.id()));
    }

    @Test
    void a_click_after_the_round_closed_is_refused_and_the_message_says_so() {
        // given
        clock.set(OPENS.plusHours(1));
        rounds.closeNow(survey);
        // when
        SlackTestBed.run(bed.app, click("U0ANNA01", "clarity", "5"));
        JsonNode response = bed.slack.awaitResponses(1, SlackTestBed.WAIT).get(0);
        // then
        assertTrue(response.get("replace_original").asBoolean());
        assertTrue(text(response.get("blocks")).contains("This survey closed 27 Nov 2026 at 11:00, so your answer was not saved."), response.toString());
        assertTrue(bed.application.surveys().repository().responses(run.id()).isEmpty());
    }

    @Test
    void someone_outside_the_audience_who_clicks_a_forwarded_button_stores_nothing() {
        // when Mette, a manager, clicks
        SlackTestBed.run(bed.app, click("U0METTE01", "clarity", "1"));
        JsonNode response = bed.slack.awaitResponses(1, SlackTestBed.WAIT).get(0);
        // then
        assertTrue(text(response.get("blocks")).contains("Der er ingen undersøgelse åben for dig lige nu."), response.toString());
        assertTrue(bed.application.surveys().repository().responses(run.id()).isEmpty());
    }

    @Test
    void reminders_go_by_direct_message_only_to_those_who_have_not_answered() {
        // given Anna answered with a button
        SlackTestBed.run(bed.app, click("U0ANNA01", "clarity", "4"));
        bed.slack.awaitResponses(1, SlackTestBed.WAIT);
        int delivered = messages().size();
        // when the reminder time comes
        clock.set(REMINDER.minusMinutes(1));
        rounds.tick();
        int beforeReminder = messages().size();
        clock.set(REMINDER);
        rounds.tick();
        rounds.tick();
        // then
        assertEquals(delivered, beforeReminder);
        List<FakeSlackApi.Call> reminders = messages().subList(delivered, messages().size());
        assertEquals(SELLERS.stream().filter(u -> !u.equals("U0ANNA01")).toList(), reminders.stream().map(c -> c.param("channel")).sorted().toList());
        assertTrue(reminders.stream().allMatch(c -> c.param("text").startsWith("Reminder: ") || c.param("text").startsWith("Påmindelse: ")),
                reminders.get(0).param("text"));
    }

    @Test
    void survey_results_answer_an_admin_privately_with_the_chart_in_their_direct_messages() {
        // given five sellers answered the first question
        List<String> answering = SELLERS.subList(0, 5);
        for (String seller : answering) {
            SlackTestBed.run(bed.app, click(seller, "clarity", "4"));
        }
        bed.slack.awaitResponses(answering.size(), SlackTestBed.WAIT);
        // and the round has closed
        clock.set(OPENS.plusWeeks(3));
        rounds.tick();
        int before = messages().size();
        // when sales ops asks for the results
        bed.command(SlackTestBed.KARIN, "survey results");
        // then the results come ephemerally, saying where the chart is
        JsonNode results = bed.slack.awaitResponses(answering.size() + 1, SlackTestBed.WAIT).get(answering.size());
        assertEquals("ephemeral", results.path("response_type").asText());
        assertTrue(results.path("blocks").toString().contains("Diagrammet ligger i dine direkte beskeder med Bonusbot."), results.toString());
        // and the chart is shared in Karin's direct messages with the bot, and nowhere else
        FakeSlackApi.Call complete = bed.slack.awaitAnswered("files.completeUploadExternal", 1, SlackTestBed.WAIT).get(0);
        assertEquals("D0KARIN01", complete.param("channel_id"));
        List<FakeSlackApi.Call> after = messages().subList(before, messages().size());
        assertEquals(List.of("U0KARIN01"), after.stream().map(c -> c.param("channel")).toList());
        String fileId = bed.slack.answered(FakeSlackApi.UPLOAD).get(0).param("file_id");
        byte[] png = bed.slack.uploaded(fileId);
        assertEquals("\u0089PNG", new String(png, 0, 4, StandardCharsets.ISO_8859_1));
    }

    @Test
    void survey_results_for_a_seller_are_refused_with_no_chart_anywhere() {
        // when a seller asks for the results
        bed.command("U0ANNA01", "survey results");
        // then
        JsonNode answer = bed.slack.awaitResponses(1, SlackTestBed.WAIT).get(0);
        assertFalse(answer.toString().contains("direkte beskeder") || answer.toString().contains("direct messages"), answer.toString());
        assertEquals(List.of(), bed.slack.calls("files.getUploadURLExternal"));
    }

    @Test
    void a_free_text_question_opens_a_modal_whose_answer_is_stored_and_shown_in_the_form() {
        // given Anna clicks "Write your answer" under the comments question
        SlackTestBed.run(bed.app, writeClick("U0ANNA01", "comments"));
        FakeSlackApi.Call opened = bed.slack.awaitAnswered("views.open", 1, SlackTestBed.WAIT).get(0);
        JsonNode modal = opened.json("view");
        assertEquals("modal", modal.path("type").asText());
        assertEquals(2000, modal.at("/blocks/1/element/max_length").asInt());
        assertTrue(modal.at("/blocks/1/element/multiline").asBoolean());
        String metadata = modal.path("private_metadata").asText();
        // when she submits a comment
        com.slack.api.bolt.response.Response ack = SlackTestBed.run(bed.app, bed.requests.viewSubmission("U0ANNA01", "survey_text", metadata,
                "answer_block", "answer", "Pay the accelerator monthly, please.", "modal-trigger-1"));
        // then the modal closes, the comment is stored without her id, and the form says it is answered
        assertEquals(200, ack.getStatusCode());
        assertEquals("", ack.getBody() == null ? "" : ack.getBody());
        JsonNode form = bed.slack.awaitResponses(1, SlackTestBed.WAIT).get(0);
        assertTrue(form.path("replace_original").asBoolean());
        assertTrue(form.path("blocks").toString().contains("Pay the accelerator monthly, please."), form.toString());
        List<Response> stored = new SurveyStore(bed.application.database()).responses(run.id());
        assertEquals(1, stored.size());
        assertFalse(stored.toString().contains("anna"), stored.toString());
    }

    @Test
    void a_comment_that_is_too_long_is_refused_inside_the_modal_and_nothing_is_stored() {
        // given
        SlackTestBed.run(bed.app, writeClick("U0ANNA01", "comments"));
        String metadata = bed.slack.awaitAnswered("views.open", 1, SlackTestBed.WAIT).get(0).json("view").path("private_metadata").asText();
        // when
        com.slack.api.bolt.response.Response ack = SlackTestBed.run(bed.app, bed.requests.viewSubmission("U0ANNA01", "survey_text", metadata,
                "answer_block", "answer", "x".repeat(2001), "modal-trigger-2"));
        // then
        assertEquals(200, ack.getStatusCode());
        assertTrue(ack.getBody().contains("\"response_action\":\"errors\""), ack.getBody());
        assertTrue(ack.getBody().contains("2000"), ack.getBody());
        assertEquals(List.of(), new SurveyStore(bed.application.database()).responses(run.id()));
    }

    @Test
    void bonus_feedback_alone_opens_the_survey_with_its_buttons_privately() {
        // when Anna types /bonus feedback while the round is open
        bed.command("U0ANNA01", "feedback");
        // then she alone sees the form with the same buttons as the direct message
        JsonNode answer = bed.slack.awaitResponses(1, SlackTestBed.WAIT).get(0);
        assertEquals("ephemeral", answer.path("response_type").asText());
        assertEquals("Your view of the bonus plan", answer.path("blocks").get(0).at("/text/text").asText());
        assertEquals(5, buttons(answer.path("blocks"), "clarity").size());
        assertEquals(run.id() + "|clarity|4", buttons(answer.path("blocks"), "clarity").get(3).get("value").asText());
    }
}
