package app.bonusbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.dispute.Dispute;
import app.bonusbot.core.dispute.DisputeState;
import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.bolt.response.Response;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Disputes in Slack, offline, through the real Bolt app with signed requests and {@link FakeSlackApi} as Slack: Anna
 * opens a case, Karin (the admin) gets a direct message with Anna's figures and Accept/Reject buttons, accepts in the
 * modal with an amount, and Anna is told by direct message.
 */
class SlackDisputesTest {

    @TempDir
    Path tempDir;

    private SlackTestBed bed;

    @BeforeEach
    void slack_delivers_the_dispute_notices() {
        bed = SlackTestBed.open(tempDir);
        bed.application.disputes().messenger().deliverThrough(List.of(new SlackDisputeNotices(bed.api, bed.people, Optional.empty())), e -> {
            throw e;
        });
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private FakeSlackApi.Call messageTo(String channel, int count) {
        return bed.slack.awaitAnswered("chat.postMessage", count, SlackTestBed.WAIT).stream().filter(c -> c.param("channel").equals(channel))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no message to " + channel));
    }

    @Test
    void a_case_opened_in_slack_reaches_the_admin_with_the_figures_and_is_resolved_through_the_buttons_modal() {
        // WHEN Anna opens a case
        bed.command(SlackTestBed.ANNA, "dispute The Acme deal is missing deal:D-123");
        JsonNode reply = bed.slack.awaitResponses(1, SlackTestBed.WAIT).get(0);
        // THEN she alone is told her case number
        assertEquals("ephemeral", reply.path("response_type").asText());
        assertTrue(reply.toString().contains("Case 1 is opened."), reply.toString());
        // AND Karin gets a direct message in Danish with the case, Anna's figures and the two buttons
        FakeSlackApi.Call notice = messageTo(SlackTestBed.KARIN, 1);
        String blocks = notice.json("blocks").toString();
        assertTrue(notice.param("text").startsWith("Ny indsigelse: sag 1 fra Anna Holm"), notice.param("text"));
        assertTrue(blocks.contains("The Acme deal is missing"), blocks);
        assertTrue(blocks.contains("Bonusstatus · Anna Holm"), blocks);
        JsonNode buttons = notice.json("blocks").get(notice.json("blocks").size() - 1).get("elements");
        assertEquals(List.of("dispute_accept:1", "dispute_reject:1"),
                List.of(buttons.get(0).get("action_id").asText() + ":" + buttons.get(0).get("value").asText(),
                        buttons.get(1).get("action_id").asText() + ":" + buttons.get(1).get("value").asText()));

        // WHEN Karin clicks Accept
        Response ack = SlackTestBed.run(bed.app, bed.requests.blockAction(SlackTestBed.KARIN, "dispute_accept", "1",
                bed.slack.responseUrl("notice-1"), "accept-trigger-1"));
        // THEN a modal opens with a box for the answer and one for the amount
        assertEquals(200, ack.getStatusCode());
        JsonNode modal = bed.slack.awaitAnswered("views.open", 1, SlackTestBed.WAIT).get(0).json("view");
        assertEquals(DisputeModal.CALLBACK_ID, modal.path("callback_id").asText());
        assertEquals(List.of(DisputeModal.ANSWER_BLOCK, DisputeModal.AMOUNT_BLOCK),
                List.of(modal.at("/blocks/0/block_id").asText(), modal.at("/blocks/1/block_id").asText()));

        // WHEN she submits an answer and an amount
        Response submitted = SlackTestBed.run(bed.app, bed.requests.viewSubmission(SlackTestBed.KARIN, DisputeModal.CALLBACK_ID,
                modal.path("private_metadata").asText(), Map.of(DisputeModal.ANSWER_BLOCK, "Added the Acme deal", DisputeModal.AMOUNT_BLOCK, "500"),
                DisputeModal.INPUT, "modal-trigger-1"));
        // THEN the case is accepted with 500, Karin sees so under the notice, and Anna is told by direct message
        assertEquals(200, submitted.getStatusCode());
        JsonNode outcome = bed.slack.awaitResponses(2, SlackTestBed.WAIT).get(1);
        assertTrue(outcome.toString().contains("Sag 1 fra Anna Holm er afgjort: godkendt (500,00 kr.)."), outcome.toString());
        FakeSlackApi.Call told = messageTo(SlackTestBed.ANNA, 2);
        assertTrue(told.param("text").startsWith("Your case 1 is accepted"), told.param("text"));
        assertTrue(told.json("blocks").toString().contains("DKK 500.00 is added to your pay as an adjustment."), told.json("blocks").toString());
        Dispute stored = bed.application.disputes().book().byNumber(1).orElseThrow();
        assertEquals(List.of(DisputeState.ACCEPTED, Optional.of(new BigDecimal("500.00")), Optional.of("karin.dahl")),
                List.of(stored.state(), stored.adjustment(), stored.resolvedBy()));
    }

    @Test
    void an_amount_that_does_not_read_is_refused_inside_the_modal_and_the_case_stays_open() {
        // GIVEN a case
        bed.command(SlackTestBed.ANNA, "dispute The Acme deal is missing");
        bed.slack.awaitResponses(1, SlackTestBed.WAIT);
        // WHEN Karin submits the accept modal with an amount that is no amount
        Response ack = SlackTestBed.run(bed.app, bed.requests.viewSubmission(SlackTestBed.KARIN, DisputeModal.CALLBACK_ID, "1|accept|",
                Map.of(DisputeModal.ANSWER_BLOCK, "Added", DisputeModal.AMOUNT_BLOCK, "five hundred"), DisputeModal.INPUT, "modal-trigger-2"));
        // THEN the modal shows why, next to the amount
        assertTrue(ack.getBody().contains("\"response_action\":\"errors\""), ack.getBody());
        assertTrue(ack.getBody().contains(DisputeModal.AMOUNT_BLOCK), ack.getBody());
        assertTrue(bed.application.disputes().book().byNumber(1).orElseThrow().isOpen());
    }

    @Test
    void a_seller_who_clicks_a_forwarded_button_is_refused_and_the_case_stays_open() {
        // GIVEN a case
        bed.command(SlackTestBed.ANNA, "dispute The Acme deal is missing");
        bed.slack.awaitResponses(1, SlackTestBed.WAIT);
        // WHEN Anna submits a reject modal herself
        SlackTestBed.run(bed.app, bed.requests.viewSubmission(SlackTestBed.ANNA, DisputeModal.CALLBACK_ID, "1|reject|" + bed.slack.responseUrl("x"),
                Map.of(DisputeModal.ANSWER_BLOCK, "Nope"), DisputeModal.INPUT, "modal-trigger-3"));
        // THEN she is told only admins resolve disputes
        JsonNode refusal = bed.slack.awaitResponses(2, SlackTestBed.WAIT).get(1);
        assertTrue(refusal.toString().contains("Only Bonusbot admins"), refusal.toString());
        assertTrue(bed.application.disputes().book().byNumber(1).orElseThrow().isOpen());
    }
}
