package app.bonusbot.chat.slack.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP mode end to end: the real server on a random loopback port, a real Bolt App behind it, requests signed as
 * Slack signs them, sent with java.net.http.
 */
class SlackHttpServerTest {

    private static final String SECRET = RecordingBonusApp.SIGNING_SECRET;
    static final String SLASH_COMMAND = "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=bonusbot-test"
            + "&channel_id=C0001&channel_name=sales&user_id=U0ANNA&user_name=anna.holm&command=%2Fbonus&text=status"
            + "&api_app_id=A0001&is_enterprise_install=false"
            + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0001%2F1%2Fabc&trigger_id=1.2.abc";
    private static final String HOME_OPENED = "{\"token\":\"gIkuvaNzQIHg97ATvDxqgjtO\",\"team_id\":\"T0001\",\"api_app_id\":\"A0001\","
            + "\"event\":{\"type\":\"app_home_opened\",\"user\":\"U0ANNA\",\"channel\":\"D0001\",\"tab\":\"home\","
            + "\"view\":{\"type\":\"home\",\"blocks\":[{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\"Bonusstatus · målet nået\"}}]},"
            + "\"event_ts\":\"1700000000.000100\"},\"type\":\"event_callback\",\"event_id\":\"Ev0HOME1\",\"event_time\":1700000000,"
            + "\"authorizations\":[{\"enterprise_id\":null,\"team_id\":\"T0001\",\"user_id\":\"U0BOT\",\"is_bot\":true,\"is_enterprise_install\":false}]}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private LoopbackWebApi webApi;
    private RecordingBonusApp bonus;
    private SlackHttpServer server;

    @BeforeEach
    void a_bolt_app_behind_the_server_on_a_random_port() throws IOException {
        webApi = new LoopbackWebApi();
        bonus = RecordingBonusApp.answeringInTheAck(webApi, RecordingBonusApp.config());
        server = new SlackHttpServer(bonus.app(), SECRET, new InetSocketAddress("127.0.0.1", 0));
        server.start();
    }

    @AfterEach
    void stop_everything() {
        server.close();
        bonus.close();
        webApi.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(SignedRequest request) throws IOException, InterruptedException {
        return send(request.to(uri(SlackHttpServer.EVENTS_PATH)));
    }

    @Test
    void a_correctly_signed_slash_command_is_handled_and_answered() throws Exception {
        // given
        SignedRequest command = SignedRequest.form(SLASH_COMMAND, SECRET, Instant.now());
        // when
        HttpResponse<String> response = post(command);
        // then
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"text\":\"Bonus status for U0ANNA\"}", response.body());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(1, bonus.commands.size());
        assertEquals("status", bonus.commands.get(0).text());
        assertTrue(bonus.commands.get(0).threadName().startsWith("slack-http-"), bonus.commands.get(0).threadName());
    }

    @Test
    void a_wrong_signature_is_refused_with_401_and_nothing_happens() throws Exception {
        // given
        SignedRequest forged = SignedRequest.form(SLASH_COMMAND, "not-the-signing-secret-0000000000", Instant.now());
        // when
        HttpResponse<String> response = post(forged);
        // then Bolt's RequestVerification refused it
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("{\"error\":\"invalid request\"}", response.body());
        assertEquals(List.of(), bonus.commands);
    }

    @Test
    void a_timestamp_older_than_5_minutes_is_refused_with_401_and_nothing_happens() throws Exception {
        // given correctly signed, but 5 minutes and 1 second old
        SignedRequest stale = SignedRequest.form(SLASH_COMMAND, SECRET, Instant.now().minusSeconds(301));
        // when
        HttpResponse<String> response = post(stale);
        // then
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("{\"error\":\"invalid request\"}", response.body());
        assertEquals(List.of(), bonus.commands);
    }

    @Test
    void a_request_without_signature_headers_is_refused_with_401() throws Exception {
        // given
        HttpRequest unsigned = HttpRequest.newBuilder(uri(SlackHttpServer.EVENTS_PATH))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(SLASH_COMMAND)).build();
        // when
        HttpResponse<String> response = send(unsigned);
        // then
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(List.of(), bonus.commands);
    }

    @Test
    void the_identical_request_replayed_is_refused_with_401_and_the_command_ran_once() throws Exception {
        // given
        SignedRequest command = SignedRequest.form(SLASH_COMMAND, SECRET, Instant.now());
        assertEquals(200, post(command).statusCode());
        // when
        HttpResponse<String> replayed = post(command);
        // then
        assertEquals(401, replayed.statusCode(), replayed.body());
        assertEquals("{\"error\":\"replayed request\"}", replayed.body());
        assertEquals(1, bonus.commands.size());
    }

    @Test
    void a_forged_body_under_a_seen_signature_does_not_block_the_genuine_request() throws Exception {
        // given an attacker got a genuine signature in first, with another body
        SignedRequest genuine = SignedRequest.form(SLASH_COMMAND, SECRET, Instant.now());
        SignedRequest forged = genuine.withBody(SLASH_COMMAND.replace("text=status", "text=admin+status+mette.lund"));
        assertEquals(401, post(forged).statusCode());
        // when
        HttpResponse<String> response = post(genuine);
        // then
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("status"), bonus.commands.stream().map(RecordingBonusApp.Command::text).toList());
    }

    @Test
    void slacks_retry_of_an_event_passes_the_guard_and_reaches_the_app_with_its_retry_number() throws Exception {
        // given Slack sent the event, then retries it: same body, new timestamp, so a new signature
        Instant first = Instant.now().minusSeconds(4);
        assertEquals(200, post(SignedRequest.json(HOME_OPENED, SECRET, first)).statusCode());
        SignedRequest retry = SignedRequest.json(HOME_OPENED, SECRET, first.plusSeconds(3)).asRetry(1);
        // when
        HttpResponse<String> response = post(retry);
        // then both reach Bolt; the retry number is what the app dedupes on (with the event id)
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of(new RecordingBonusApp.HomeOpened("Ev0HOME1", null), new RecordingBonusApp.HomeOpened("Ev0HOME1", 1)),
                bonus.homeOpened);
    }

    @Test
    void an_event_with_danish_text_is_verified_over_its_utf8_bytes() throws Exception {
        // given the home view in the event holds "målet"
        SignedRequest event = SignedRequest.json(HOME_OPENED, SECRET, Instant.now());
        // when
        HttpResponse<String> response = post(event);
        // then
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, bonus.homeOpened.size());
    }

    @Test
    void another_path_is_404_and_another_method_405() throws Exception {
        // when a correctly signed command goes to another path
        HttpResponse<String> elsewhere = send(SignedRequest.form(SLASH_COMMAND, SECRET, Instant.now()).to(uri("/slack/events/x")));
        HttpResponse<String> root = send(HttpRequest.newBuilder(uri("/")).GET().build());
        HttpResponse<String> getEvents = send(HttpRequest.newBuilder(uri(SlackHttpServer.EVENTS_PATH)).GET().build());
        // then
        assertEquals(404, elsewhere.statusCode(), elsewhere.body());
        assertEquals(404, root.statusCode());
        assertEquals(405, getEvents.statusCode());
        assertEquals("POST", getEvents.headers().firstValue("Allow").orElse(""));
        assertEquals(List.of(), bonus.commands);
    }

    @Test
    void health_answers_200_for_load_balancers() throws Exception {
        // when
        HttpResponse<String> health = send(HttpRequest.newBuilder(uri(SlackHttpServer.HEALTH_PATH)).GET().build());
        // then
        assertEquals(200, health.statusCode());
        assertEquals("ok\n", health.body());
    }

    @Test
    void health_answers_a_head_request_with_200_and_no_body() throws Exception {
        // when
        HttpResponse<String> health = send(HttpRequest.newBuilder(uri(SlackHttpServer.HEALTH_PATH))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        // then
        assertEquals(200, health.statusCode());
        assertEquals("", health.body());
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413_and_nothing_happens() throws Exception {
        // given a signed command padded past 1 MiB
        String padded = SLASH_COMMAND + "&padding=" + "x".repeat(SlackHttpServer.MAX_BODY_BYTES);
        // when
        HttpResponse<String> response = post(SignedRequest.form(padded, SECRET, Instant.now()));
        // then
        assertEquals(413, response.statusCode());
        assertEquals(List.of(), bonus.commands);
    }

    @Test
    void a_stop_lets_the_request_in_flight_finish_then_refuses_connections() throws Exception {
        // given a command that takes a moment
        bonus.app().command("/slowbonus", (req, ctx) -> {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return ctx.ack("interrupted");
            }
            return ctx.ack("done");
        });
        SignedRequest slow = SignedRequest.form(SLASH_COMMAND.replace("%2Fbonus", "%2Fslowbonus"), SECRET, Instant.now());
        var inFlight = http.sendAsync(slow.to(uri(SlackHttpServer.EVENTS_PATH)), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        URI health = uri(SlackHttpServer.HEALTH_PATH);
        // when
        server.close();
        // then
        HttpResponse<String> finished = inFlight.get();
        assertEquals(200, finished.statusCode());
        assertEquals("{\"text\":\"done\"}", finished.body());
        assertThrows(IOException.class, () -> send(HttpRequest.newBuilder(health).GET().build()));
    }
}
