package app.bonusbot.slack.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode end to end: a loopback Web API answers auth.test and apps.connections.open with the URL of a loopback
 * WebSocket server, which sends a real slash_commands envelope; the ack comes back over the socket and the answer
 * through the response_url.
 */
class SlackSocketModeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LoopbackWebApi webApi;

    @BeforeEach
    void a_web_api_stand_in() throws Exception {
        webApi = new LoopbackWebApi();
    }

    @AfterEach
    void stop_it() {
        webApi.close();
    }

    private String slashCommandEnvelope(String envelopeId) {
        return "{\"envelope_id\":\"" + envelopeId + "\",\"payload\":{\"token\":\"gIkuvaNzQIHg97ATvDxqgjtO\",\"team_id\":\"T0001\","
                + "\"team_domain\":\"bonusbot-test\",\"channel_id\":\"C0001\",\"channel_name\":\"sales\",\"user_id\":\"U0ANNA\","
                + "\"user_name\":\"anna.holm\",\"command\":\"/bonus\",\"text\":\"status\",\"api_app_id\":\"A0001\","
                + "\"is_enterprise_install\":\"false\",\"response_url\":\"" + webApi.responseUrl("T0001/1/abc") + "\","
                + "\"trigger_id\":\"1.2.abc\"},\"type\":\"slash_commands\",\"accepts_response_payload\":true}";
    }

    @Test
    void a_slash_command_envelope_is_acked_over_the_socket_and_answered_through_the_response_url() throws Exception {
        // given
        try (LoopbackSocketModeServer socket = new LoopbackSocketModeServer(slashCommandEnvelope("env-0001")).listening();
                RecordingBonusApp bonus = RecordingBonusApp.answeringThroughTheResponseUrl(webApi, RecordingBonusApp.config())) {
            webApi.answerConnectionsOpenWith(socket.url());
            SlackSocketMode socketMode = new SlackSocketMode(bonus.app(), RecordingBonusApp.APP_TOKEN);
            try {
                // when
                socketMode.start();
                // then the ack
                String ack = socket.nextReceived(15);
                assertNotNull(ack, "no ack within 15 s");
                assertEquals("env-0001", JSON.readTree(ack).path("envelope_id").asText(), ack);
                // and the answer
                LoopbackWebApi.Call answer = webApi.nextResponse(15);
                assertNotNull(answer, "nothing posted to the response_url within 15 s");
                JsonNode reply = JSON.readTree(answer.body());
                assertEquals("ephemeral", reply.path("response_type").asText(), answer.body());
                assertEquals("Your bonus status, U0ANNA", reply.path("text").asText(), answer.body());
                // handled once, off the WebSocket's thread, and the connection URL came from SLACK_API_URL's server
                assertEquals(1, bonus.commands.size());
                assertEquals("status", bonus.commands.get(0).text());
                assertTrue(bonus.commands.get(0).threadName().startsWith("slack-bolt-socket-mode"), bonus.commands.get(0).threadName());
                assertTrue(webApi.callsTo("apps.connections.open") >= 1);
                assertEquals("/link/?ticket=bonusbot-test", socket.nextConnection(1));
            } finally {
                socketMode.close();
            }
            // and a stop closes the connection cleanly (a close frame, not a dropped socket)
            assertEquals(1000, socket.nextClose(10), "close code");
        }
    }

    @Test
    void an_app_token_slack_refuses_stops_the_start_with_a_clear_message() throws Exception {
        // given
        try (RecordingBonusApp bonus = RecordingBonusApp.answeringThroughTheResponseUrl(webApi, RecordingBonusApp.config())) {
            SlackSocketMode socketMode = new SlackSocketMode(bonus.app(), "xapp-revoked-1-A0001-2222222222222");
            // when
            SlackStartException refused = assertThrows(SlackStartException.class, socketMode::start);
            // then
            assertTrue(refused.getMessage().startsWith("Slack refused SLACK_APP_TOKEN: "), refused.getMessage());
            assertTrue(refused.getMessage().contains("invalid_auth"), refused.getMessage());
            assertTrue(!refused.getMessage().contains("xapp-revoked"), "never shows the token");
            socketMode.close();
        }
    }

    @Test
    void an_unreachable_web_api_stops_the_start_with_a_clear_message() {
        // given SLACK_API_URL points at a port nobody listens on
        webApi.close();
        try (RecordingBonusApp bonus = RecordingBonusApp.answeringThroughTheResponseUrl(webApi, RecordingBonusApp.config())) {
            SlackSocketMode socketMode = new SlackSocketMode(bonus.app(), RecordingBonusApp.APP_TOKEN);
            // when
            SlackStartException refused = assertThrows(SlackStartException.class, socketMode::start);
            // then
            assertTrue(refused.getMessage().startsWith("cannot reach Slack's Web API at " + webApi.methodsPrefix() + " (auth.test): "),
                    refused.getMessage());
        }
    }
}
