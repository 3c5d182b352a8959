package app.bonusbot.chat.slack.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.bot.Application;
import app.bonusbot.chat.slack.SlackApi;
import app.bonusbot.chat.slack.SlackBot;
import app.bonusbot.chat.slack.SlackPeople;
import app.bonusbot.chat.slack.SlackSettings;
import app.bonusbot.store.ChatIdentityStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.bolt.App;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bonusbot's own Slack app ({@link SlackBot}) on the demo company, behind each transport, end to end: Anna Holm
 * ({@code slack_id: U0ANNA01}) types {@code /bonus status} and gets her answer at the response_url; Slack's retry of
 * an App Home event publishes the tab once.
 */
class BonusbotInSlackTest {

    private static final String SECRET = RecordingBonusApp.SIGNING_SECRET;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tempDir;

    private LoopbackWebApi webApi;
    private Application application;

    @BeforeEach
    void the_demo_company_and_a_web_api_stand_in() throws Exception {
        webApi = new LoopbackWebApi();
        application = Application.open(Path.of("bot-config"), tempDir.resolve("bonusbot.db"),
                zone -> Clock.fixed(LocalDate.parse("2026-11-27").atTime(LocalTime.NOON).atZone(zone).toInstant(), zone));
    }

    @AfterEach
    void stop_it() {
        application.close();
        webApi.close();
    }

    private SlackSettings settings(Integer httpPort) {
        Map<String, String> env = new HashMap<>(Map.of(
                SlackSettings.BOT_TOKEN, RecordingBonusApp.BOT_TOKEN,
                SlackSettings.API_URL, webApi.methodsPrefix()));
        if (httpPort == null) {
            env.put(SlackSettings.APP_TOKEN, RecordingBonusApp.APP_TOKEN);
        } else {
            env.put(SlackSettings.SIGNING_SECRET, SECRET);
        }
        return SlackSettings.fromEnvironment(env, httpPort).orElseThrow();
    }

    private String slashCommandForm(String user, String text) {
        return "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=bonusbot-test&channel_id=C0001&channel_name=sales"
                + "&user_id=" + user + "&user_name=someone&command=%2Fbonus&text=" + text + "&api_app_id=A0001&is_enterprise_install=false"
                + "&response_url=" + URLEncoder.encode(webApi.responseUrl("T0001/1/abc"), StandardCharsets.UTF_8) + "&trigger_id=1.2." + user;
    }

    private static void assertAnnasStatus(LoopbackWebApi.Call answer) throws Exception {
        assertNotNull(answer, "nothing posted to the response_url within 15 s");
        JsonNode reply = JSON.readTree(answer.body());
        assertEquals("ephemeral", reply.path("response_type").asText(), answer.body());
        assertTrue(answer.body().contains("Anna Holm"), answer.body());
        assertTrue(reply.path("blocks").size() > 0, answer.body());
    }

    @Test
    void http_mode_answers_bonus_status_through_the_response_url() throws Exception {
        // given
        SlackSettings settings = settings(3000); // the server below listens on a free loopback port instead
        App app = bonusbot(settings);
        SlackHttpServer server = new SlackHttpServer(app, settings.signingSecret(), new InetSocketAddress("127.0.0.1", 0));
        server.start();
        try {
            // when
            HttpResponse<String> ack = HttpClient.newHttpClient().send(
                    SignedRequest.form(slashCommandForm("U0ANNA01", "status"), SECRET, Instant.now())
                            .to(URI.create("http://127.0.0.1:" + server.port() + SlackHttpServer.EVENTS_PATH)),
                    HttpResponse.BodyHandlers.ofString());
            // then
            assertEquals(200, ack.statusCode(), ack.body());
            assertAnnasStatus(webApi.nextResponse(15));
        } finally {
            server.close();
        }
    }

    @Test
    void http_mode_publishes_the_home_tab_once_when_slack_retries_the_event() throws Exception {
        // given
        SlackSettings settings = settings(3000); // the server below listens on a free loopback port instead
        SlackHttpServer server = new SlackHttpServer(bonusbot(settings), settings.signingSecret(),
                new InetSocketAddress("127.0.0.1", 0));
        server.start();
        URI events = URI.create("http://127.0.0.1:" + server.port() + SlackHttpServer.EVENTS_PATH);
        String event = "{\"token\":\"gIkuvaNzQIHg97ATvDxqgjtO\",\"team_id\":\"T0001\",\"api_app_id\":\"A0001\","
                + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"U0ANNA01\",\"channel\":\"D0001\",\"tab\":\"home\",\"event_ts\":\"1700000000.000100\"},"
                + "\"type\":\"event_callback\",\"event_id\":\"Ev0HOME42\",\"event_time\":1700000000}";
        HttpClient http = HttpClient.newHttpClient();
        try {
            // when Slack delivers the event, then retries it (new timestamp and signature, X-Slack-Retry-Num: 1)
            Instant first = Instant.now().minusSeconds(4);
            HttpResponse<String> delivered = http.send(SignedRequest.json(event, SECRET, first).to(events), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> retried = http.send(SignedRequest.json(event, SECRET, first.plusSeconds(3)).asRetry(1).to(events),
                    HttpResponse.BodyHandlers.ofString());
            // then both are acknowledged
            assertEquals(200, delivered.statusCode(), delivered.body());
            assertEquals(200, retried.statusCode(), retried.body());
        } finally {
            // a stop waits for the work after the acks
            server.close();
        }
        // and the tab was published once, for Anna
        assertEquals(1, webApi.callsOf("views.publish").size(), webApi.callsOf("views.publish").toString());
        assertTrue(webApi.callsOf("views.publish").get(0).body().contains("U0ANNA01"), webApi.callsOf("views.publish").get(0).body());
    }

    @Test
    void socket_mode_acks_bonus_status_over_the_socket_and_answers_through_the_response_url() throws Exception {
        // given
        String envelope = "{\"envelope_id\":\"env-anna-1\",\"payload\":{\"token\":\"gIkuvaNzQIHg97ATvDxqgjtO\",\"team_id\":\"T0001\","
                + "\"team_domain\":\"bonusbot-test\",\"channel_id\":\"C0001\",\"channel_name\":\"sales\",\"user_id\":\"U0ANNA01\","
                + "\"user_name\":\"anna.holm\",\"command\":\"/bonus\",\"text\":\"status\",\"api_app_id\":\"A0001\","
                + "\"is_enterprise_install\":\"false\",\"response_url\":\"" + webApi.responseUrl("T0001/1/abc") + "\","
                + "\"trigger_id\":\"1.2.anna\"},\"type\":\"slash_commands\",\"accepts_response_payload\":true}";
        try (LoopbackSocketModeServer socket = new LoopbackSocketModeServer(envelope).listening()) {
            webApi.answerConnectionsOpenWith(socket.url());
            SlackSettings settings = settings(null);
            SlackSocketMode socketMode = new SlackSocketMode(bonusbot(settings), settings.appToken(), settings.giveUpAfter(), lost -> {});
            try {
                // when
                socketMode.start();
                // then
                String ack = socket.nextReceived(15);
                assertNotNull(ack, "no ack within 15 s");
                assertEquals("env-anna-1", JSON.readTree(ack).path("envelope_id").asText(), ack);
                assertAnnasStatus(webApi.nextResponse(15));
            } finally {
                socketMode.close();
            }
        }
    }

    /** The app as the bot process builds it, on Bolt's own executor. */
    private App bonusbot(SlackSettings settings) {
        SlackApi api = SlackApi.create(settings);
        SlackPeople people = new SlackPeople(api, new ChatIdentityStore(application.database()), () -> application.company().directory(), application.clock());
        return SlackBot.app(settings, api, application.commands(), application::company, people, App::executorService, application.clock());
    }
}
