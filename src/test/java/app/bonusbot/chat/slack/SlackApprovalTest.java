package app.bonusbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.core.approval.ApprovalRounds;
import app.bonusbot.core.approval.Approvals;
import app.bonusbot.core.time.Period;
import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Approval in Slack, offline: settings.yaml requires approval, sales ops asks for Q4 2026, and the asks go out by
 * direct message through {@link FakeSlackApi}; the Approve button is clicked as Slack sends clicks (signed
 * {@code block_actions} payloads) into Bonusbot's real Bolt app.
 */
class SlackApprovalTest {

    private static final String JONAS = "U0JONAS01";

    @TempDir
    Path tempDir;

    private SlackTestBed bed;
    private Approvals approvals;
    private Period q4;
    private int clicks;

    @BeforeEach
    void sales_ops_asks_the_managers_to_approve_q4() {
        bed = SlackTestBed.open(tempDir, config -> DemoCompany.replace(config.resolve("settings.yaml"), "demo_data: false\n",
                "demo_data: false\napproval: {required: true, remind_at: \"09:00\"}\n"));
        approvals = bed.application.approvals();
        q4 = approvals.period("2026-Q4").orElseThrow();
        approvals.request(q4, "cli");
        List<ApprovalRounds.Sent> asked = new ApprovalRounds(approvals, new SlackApprovalDelivery(bed.api, bed.people)).ask();
        assertEquals(List.of(new ApprovalRounds.Sent("2026-Q4", 3, 0)), asked);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    private FakeSlackApi.Call messageTo(String userId) {
        return bed.slack.answered("chat.postMessage").stream().filter(c -> c.param("channel").equals(userId)).findFirst().orElseThrow();
    }

    private static JsonNode approveButton(JsonNode blocks) {
        return StreamSupport.stream(blocks.spliterator(), false)
                .filter(b -> b.path("type").asText().equals("actions"))
                .flatMap(b -> StreamSupport.stream(b.get("elements").spliterator(), false))
                .filter(e -> e.path("action_id").asText().equals("approval_approve"))
                .findFirst().orElseThrow(() -> new AssertionError("no Approve button in " + blocks));
    }

    /** A click on the Approve button, signed as Slack signs it. */
    private BlockActionRequest click(String userId, String value) {
        clicks++;
        String payload = """
                {"type":"block_actions","user":{"id":"%s","username":"%s","name":"%s","team_id":"%s"},"api_app_id":"%s",\
                "token":"gIkuvaNzQIHg97ATvDxqgjtO","container":{"type":"message","message_ts":"1764237600.000001","channel_id":"D%s",\
                "is_ephemeral":false},"trigger_id":"approval-trigger-%d","team":{"id":"%s","domain":"nordlys"},"enterprise":null,\
                "is_enterprise_install":false,"channel":{"id":"D%s","name":"directmessage"},\
                "message":{"type":"message","user":"%s","ts":"1764237600.000001","bot_id":"%s","text":"approval"},\
                "response_url":"%s","actions":[{"action_id":"approval_approve","block_id":"approval:2026-Q4:dach",\
                "text":{"type":"plain_text","text":"Approve","emoji":true},"value":"%s","type":"button","action_ts":"1764237601.000000"}]}"""
                .formatted(userId, userId.toLowerCase(), userId.toLowerCase(), FakeSlackApi.TEAM_ID, FakeSlackApi.APP_ID, userId.substring(1), clicks,
                        FakeSlackApi.TEAM_ID, userId.substring(1), FakeSlackApi.BOT_USER_ID, FakeSlackApi.BOT_ID, bed.slack.responseUrl("click-" + clicks),
                        value);
        return bed.requests.blockAction(payload);
    }

    @Test
    void each_manager_gets_their_team_figures_by_direct_message_with_an_approve_button() {
        // then Jonas's message shows his team's members and total in English, with the button
        FakeSlackApi.Call jonas = messageTo(JONAS);
        assertTrue(jonas.param("text").startsWith("Sales ops asks you to approve the statements of DACH for Q4 2026"), jonas.param("text"));
        String blocks = jonas.json("blocks").toString();
        assertTrue(blocks.contains("Approve: DACH · Q4 2026"), blocks);
        assertTrue(blocks.contains("Lukas Schmidt"), blocks);
        assertTrue(blocks.contains("Team total"), blocks);
        JsonNode button = approveButton(jonas.json("blocks"));
        assertEquals("Approve", button.at("/text/text").asText());
        assertTrue(button.path("value").asText().startsWith("approve:2026-Q4|dach|"), button.toString());
        // and Mette's in Danish
        assertTrue(messageTo(SlackTestBed.METTE).param("text").startsWith("Salgsdrift beder dig godkende opgørelserne for Nordics new business"));
        // and nobody else got one
        assertEquals(List.of(JONAS, SlackTestBed.METTE, "U0SOFIE01"), bed.slack.answered("chat.postMessage").stream().map(c -> c.param("channel")).toList());
    }

    @Test
    void the_manager_clicking_approve_records_it_and_the_message_loses_its_button() {
        // given
        String value = approveButton(messageTo(JONAS).json("blocks")).path("value").asText();

        // when Jonas clicks Approve
        SlackTestBed.run(bed.app, click(JONAS, value));

        // then the message is replaced by the answer, without a button, and the approval is stored
        JsonNode response = bed.slack.awaitResponses(1, SlackTestBed.WAIT).get(0);
        assertTrue(response.path("replace_original").asBoolean(), response.toString());
        assertTrue(response.path("text").asText().startsWith("Approved: DACH, Q4 2026 (3 people, total "), response.toString());
        assertFalse(response.toString().contains("approval_approve"), response.toString());
        assertEquals(List.of("dach"), approvals.repository().approvals("2026-Q4").stream().map(a -> a.teamId()).toList());
        assertEquals("jonas.weber", approvals.repository().approvals("2026-Q4").get(0).actor());
    }

    @Test
    void someone_else_clicking_a_managers_approve_button_is_refused_privately_and_nothing_is_recorded() {
        // given Jonas's button, forwarded to Anna
        String value = approveButton(messageTo(JONAS).json("blocks")).path("value").asText();

        // when Anna clicks it
        SlackTestBed.run(bed.app, click(SlackTestBed.ANNA, value));

        // then only she sees the refusal, in her language; the message stays, and nothing is stored
        JsonNode response = bed.slack.awaitResponses(1, SlackTestBed.WAIT).get(0);
        assertEquals("ephemeral", response.path("response_type").asText(), response.toString());
        assertFalse(response.path("replace_original").asBoolean(), response.toString());
        assertEquals("Only the manager of DACH (Jonas Weber) can approve its statements. Nothing was recorded.", response.path("text").asText());
        assertEquals(List.of(), approvals.repository().approvals("2026-Q4"));
    }
}
