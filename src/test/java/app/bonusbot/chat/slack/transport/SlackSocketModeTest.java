package app.bonusbot.chat.slack.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import app.bonusbot.bot.ManualClock;
import app.bonusbot.chat.slack.SlackApi;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
            SlackSocketMode socketMode = new SlackSocketMode(bonus.app(), RecordingBonusApp.APP_TOKEN, Duration.ofMinutes(5), lost -> {});
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

    /** Waits without waiting: each sleep is recorded and moves the manual clock on by as much. */
    private record InstantSleeps(ManualClock clock, List<Duration> slept) implements SlackApi.Sleeper {
        InstantSleeps(ManualClock clock) {
            this(clock, new CopyOnWriteArrayList<>());
        }

        @Override
        public void sleep(Duration duration) {
            slept.add(duration);
            clock.advance(duration);
        }
    }

    @Test
    void an_unreachable_socket_is_tried_again_after_doubling_jittered_waits_and_the_start_gives_up_after_five_minutes() throws Exception {
        // given the WebSocket URL Slack hands out points at a closed port; time passes only through the backoff
        ManualClock clock = new ManualClock(ZonedDateTime.parse("2026-11-27T09:00:00Z"));
        InstantSleeps sleeps = new InstantSleeps(clock);
        String unreachable = LoopbackWebApi.unreachableSocketUrl();
        webApi.answerConnectionsOpenWith(unreachable);
        try (RecordingBonusApp bonus = RecordingBonusApp.answeringThroughTheResponseUrl(webApi, RecordingBonusApp.config());
                CapturedStderr logs = CapturedStderr.start()) {
            SlackSocketMode socketMode = new SlackSocketMode(bonus.app(), RecordingBonusApp.APP_TOKEN,
                    ReconnectPolicy.standard(Duration.ofMinutes(5)), clock, sleeps, lost -> {});
            // when
            SlackStartException gaveUp = assertThrows(SlackStartException.class, socketMode::start);
            socketMode.close();
            // then it gave up once five minutes had passed, saying so
            assertEquals(SlackStartException.Kind.UNREACHABLE, gaveUp.kind());
            assertTrue(gaveUp.getMessage().startsWith("Slack Socket Mode: no connection to Slack within 5 min; giving up."), gaveUp.getMessage());
            assertEquals(Duration.ofMinutes(5), sleeps.slept().stream().reduce(Duration.ZERO, Duration::plus));
            // after waits of 1 s, 2 s, 4 s … doubling up to a minute, each within ±20 %
            List<Duration> waits = sleeps.slept().subList(0, sleeps.slept().size() - 1);
            for (int i = 0; i < waits.size(); i++) {
                long nominal = Math.min(1000L << Math.min(i, 10), 60_000L);
                long millis = waits.get(i).toMillis();
                assertTrue(millis >= nominal * 0.8 && millis <= nominal * 1.2, "wait " + (i + 1) + ": " + waits.get(i));
                if (i > 0 && nominal < 60_000L) {
                    assertTrue(waits.get(i).compareTo(waits.get(i - 1)) > 0, "growing: " + waits);
                }
            }
            // and each attempt was one WARN line with where and why, without a stack trace
            List<String> warnings = logs.warnings();
            assertEquals(webApi.callsTo("apps.connections.open"), warnings.size(), logs.text());
            assertEquals(sleeps.slept().size() + 1, warnings.size(), logs.text());
            String where = unreachable.substring(0, unreachable.indexOf('?'));
            for (int i = 0; i < sleeps.slept().size(); i++) {
                assertTrue(warnings.get(i).endsWith("Slack Socket Mode: cannot connect to " + where + " (Connection refused); next attempt in "
                        + SocketModeConnector.readable(sleeps.slept().get(i))), warnings.get(i));
            }
            assertTrue(warnings.get(warnings.size() - 1).endsWith("(Connection refused); giving up"), warnings.get(warnings.size() - 1));
            assertFalse(logs.hasStackTrace(), logs.text());
        }
    }

    @Test
    void a_connection_that_drops_after_the_start_is_opened_again_and_envelopes_are_acked_on_the_new_one() throws Exception {
        // given a running Socket Mode connection
        ManualClock clock = new ManualClock(ZonedDateTime.parse("2026-11-27T09:00:00Z"));
        List<SlackStartException> lost = new CopyOnWriteArrayList<>();
        try (LoopbackSocketModeServer socket = new LoopbackSocketModeServer(slashCommandEnvelope("env-0001")).listening();
                RecordingBonusApp bonus = RecordingBonusApp.answeringThroughTheResponseUrl(webApi, RecordingBonusApp.config());
                CapturedStderr logs = CapturedStderr.start()) {
            webApi.answerConnectionsOpenWith(socket.url());
            SlackSocketMode socketMode = new SlackSocketMode(bonus.app(), RecordingBonusApp.APP_TOKEN,
                    ReconnectPolicy.standard(Duration.ofMinutes(5)), clock, new InstantSleeps(clock), lost::add);
            try {
                socketMode.start();
                assertNotNull(socket.nextReceived(15), "no ack on the first connection");
                // when the network drops it
                socket.dropConnections();
                // then the bot asks for a new URL, connects again, and acks the envelope sent on the new connection
                assertNotNull(socket.nextConnection(15));
                assertNotNull(socket.nextConnection(15), "no second connection within 15 s: " + logs.text());
                String ack = socket.nextReceived(15);
                assertNotNull(ack, "no ack on the second connection");
                assertEquals("env-0001", JSON.readTree(ack).path("envelope_id").asText(), ack);
                assertEquals(2, webApi.callsTo("apps.connections.open"));
                assertTrue(logs.warnings().get(0).endsWith("Slack Socket Mode: connection to Slack lost (closed with code 1006); connecting again"),
                        logs.text());
                assertTrue(logs.warnings().get(1).contains("Slack Socket Mode: connected again after "), logs.text());
                assertTrue(lost.isEmpty(), lost.toString());
                assertFalse(logs.hasStackTrace(), logs.text());
            } finally {
                socketMode.close();
            }
        }
    }

    @Test
    void when_slack_asks_for_a_new_connection_the_bot_opens_one_and_then_closes_the_old_one_cleanly() throws Exception {
        // given a running Socket Mode connection
        try (LoopbackSocketModeServer socket = new LoopbackSocketModeServer().listening();
                RecordingBonusApp bonus = RecordingBonusApp.answeringThroughTheResponseUrl(webApi, RecordingBonusApp.config());
                CapturedStderr logs = CapturedStderr.start()) {
            webApi.answerConnectionsOpenWith(socket.url());
            SlackSocketMode socketMode = new SlackSocketMode(bonus.app(), RecordingBonusApp.APP_TOKEN, Duration.ofMinutes(5), lost -> {});
            try {
                socketMode.start();
                assertNotNull(socket.nextConnection(15));
                // when Slack sends its disconnect message, as it does to renew connections
                socket.sendToAll("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"applink-bonusbot-test\"}}");
                // then a second connection opens, and the first is closed by the bot with a close frame
                assertNotNull(socket.nextConnection(15), "no new connection within 15 s: " + logs.text());
                assertEquals(1000, socket.nextClose(15), "close code of the old connection");
                assertEquals(2, webApi.callsTo("apps.connections.open"));
                assertTrue(logs.warnings().isEmpty(), logs.text());
            } finally {
                socketMode.close();
            }
        }
    }

    @Test
    void an_app_token_slack_refuses_stops_the_start_with_a_clear_message() throws Exception {
        // given
        try (RecordingBonusApp bonus = RecordingBonusApp.answeringThroughTheResponseUrl(webApi, RecordingBonusApp.config())) {
            SlackSocketMode socketMode = new SlackSocketMode(bonus.app(), "xapp-revoked-1-A0001-2222222222222", Duration.ofMinutes(5), lost -> {});
            // when
            SlackStartException refused = assertThrows(SlackStartException.class, socketMode::start);
            // then
            assertTrue(refused.getMessage().startsWith("Slack refused SLACK_APP_TOKEN: "), refused.getMessage());
            assertEquals(SlackStartException.Kind.TOKEN_REFUSED, refused.kind());
            assertEquals(1, webApi.callsTo("apps.connections.open"), "not tried again");
            assertTrue(refused.getMessage().contains("invalid_auth"), refused.getMessage());
            assertFalse(refused.getMessage().contains("xapp-revoked"), "never shows the token");
            socketMode.close();
        }
    }

    @Test
    void an_unreachable_web_api_stops_the_start_with_a_clear_message() {
        // given SLACK_API_URL points at a port nobody listens on
        webApi.close();
        try (RecordingBonusApp bonus = RecordingBonusApp.answeringThroughTheResponseUrl(webApi, RecordingBonusApp.config())) {
            SlackSocketMode socketMode = new SlackSocketMode(bonus.app(), RecordingBonusApp.APP_TOKEN, Duration.ofMinutes(5), lost -> {});
            // when
            SlackStartException refused = assertThrows(SlackStartException.class, socketMode::start);
            // then
            assertTrue(refused.getMessage().startsWith("cannot reach Slack's Web API at " + webApi.methodsPrefix() + " (auth.test): "),
                    refused.getMessage());
        }
    }
}
