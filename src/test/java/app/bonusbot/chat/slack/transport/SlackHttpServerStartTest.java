package app.bonusbot.chat.slack.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP mode refuses to start, with one clear sentence, rather than serve requests it cannot trust or answer. */
class SlackHttpServerStartTest {

    private static final InetSocketAddress ANY_LOOPBACK_PORT = new InetSocketAddress("127.0.0.1", 0);

    private LoopbackWebApi webApi;

    @BeforeEach
    void a_web_api_stand_in() throws IOException {
        webApi = new LoopbackWebApi();
    }

    @AfterEach
    void stop_it() {
        webApi.close();
    }

    @Test
    void refuses_an_app_built_with_signature_verification_off() {
        // given
        try (RecordingBonusApp bonus = RecordingBonusApp.answeringInTheAck(webApi, RecordingBonusApp.config().requestVerificationEnabled(false))) {
            SlackHttpServer server = new SlackHttpServer(bonus.app(), RecordingBonusApp.SIGNING_SECRET, ANY_LOOPBACK_PORT);
            // when
            SlackStartException refused = assertThrows(SlackStartException.class, server::start);
            // then
            assertTrue(refused.getMessage().contains("does not check request signatures"), refused.getMessage());
        }
    }

    @Test
    void refuses_an_app_built_with_another_signing_secret() {
        // given
        try (RecordingBonusApp bonus = RecordingBonusApp.answeringInTheAck(webApi, RecordingBonusApp.config().signingSecret("another-secret-from-an-old-app"))) {
            SlackHttpServer server = new SlackHttpServer(bonus.app(), RecordingBonusApp.SIGNING_SECRET, ANY_LOOPBACK_PORT);
            // when
            SlackStartException refused = assertThrows(SlackStartException.class, server::start);
            // then
            assertTrue(refused.getMessage().contains("does not accept requests signed with SLACK_SIGNING_SECRET"), refused.getMessage());
            assertTrue(!refused.getMessage().contains(RecordingBonusApp.SIGNING_SECRET), "never shows the secret");
        }
    }

    @Test
    void refuses_a_bot_token_slack_does_not_know() {
        // given
        try (RecordingBonusApp bonus = RecordingBonusApp.answeringInTheAck(webApi,
                RecordingBonusApp.config().singleTeamBotToken("xoxb-revoked-0000000000-1111111111111"))) {
            SlackHttpServer server = new SlackHttpServer(bonus.app(), RecordingBonusApp.SIGNING_SECRET, ANY_LOOPBACK_PORT);
            // when
            SlackStartException refused = assertThrows(SlackStartException.class, server::start);
            // then
            assertEquals("Slack refused SLACK_BOT_TOKEN: auth.test answered 'invalid_auth'. Copy the Bot User OAuth Token (xoxb-…)"
                    + " again from OAuth & Permissions; reinstall the app if it was removed.", refused.getMessage());
        }
    }

    @Test
    void refuses_a_port_that_is_taken() throws IOException {
        // given
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                RecordingBonusApp bonus = RecordingBonusApp.answeringInTheAck(webApi, RecordingBonusApp.config())) {
            SlackHttpServer server = new SlackHttpServer(bonus.app(), RecordingBonusApp.SIGNING_SECRET,
                    new InetSocketAddress("127.0.0.1", taken.getLocalPort()));
            // when
            SlackStartException refused = assertThrows(SlackStartException.class, server::start);
            // then
            assertTrue(refused.getMessage().startsWith("cannot listen on port " + taken.getLocalPort() + ": "), refused.getMessage());
        }
    }

    @Test
    void refuses_a_default_charset_other_than_utf8_because_signatures_would_not_match() {
        // when
        SlackStartException refused = assertThrows(SlackStartException.class, () -> SlackHttpServer.requireUtf8(StandardCharsets.US_ASCII));
        // then
        assertTrue(refused.getMessage().contains("-Dfile.encoding=UTF-8"), refused.getMessage());
    }
}
