package app.bonusbot.slack.transport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTP mode against clients that send half a request and wait (a slow network, or someone trying to freeze the bot):
 * the real server on a loopback port, the real Bolt App behind it, raw sockets for the slow clients.
 */
class SlackHttpServerSlowClientsTest {

    private static final String SECRET = RecordingBonusApp.SIGNING_SECRET;
    private static final String SLASH_COMMAND = SlackHttpServerTest.SLASH_COMMAND;
    /** Stops inside the headers. */
    private static final String HALF_HEADERS = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty";
    /** Complete headers announcing 400 bytes, then only 200 of them. */
    private static final String HALF_BODY = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 400\r\n\r\n" + "x".repeat(200);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Socket> stalls = new ArrayList<>();
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
    void stop_everything() throws IOException {
        for (Socket stall : stalls) {
            stall.close();
        }
        server.close();
        bonus.close();
        webApi.close();
    }

    @Test
    void a_genuine_command_is_acked_within_a_second_while_100_stalled_connections_are_open() throws Exception {
        // given the server has answered a command once (the first run's class loading is not what is measured here)
        assertEquals(200, send(SignedRequest.form(SLASH_COMMAND, SECRET, Instant.now().minusSeconds(1)).to(events())).statusCode());
        // and 100 connections that sent half a request and wait: half stop in the headers, half in the body
        for (int i = 0; i < 100; i++) {
            stalls.add(stall(i % 2 == 0 ? HALF_HEADERS : HALF_BODY));
        }
        HttpRequest genuine = withTimeout(SignedRequest.form(SLASH_COMMAND, SECRET, Instant.now()).to(events()));
        // when
        long start = System.nanoTime();
        HttpResponse<String> acked = assertDoesNotThrow(() -> send(genuine), "the genuine command got no answer");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        HttpResponse<String> health = assertDoesNotThrow(
                () -> send(withTimeout(HttpRequest.newBuilder(uri(SlackHttpServer.HEALTH_PATH)).GET().build())));
        // then
        assertEquals(200, acked.statusCode(), acked.body());
        assertEquals("{\"text\":\"Bonus status for U0ANNA\"}", acked.body());
        assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "acked after " + took.toMillis() + " ms");
        assertEquals(200, health.statusCode());
        assertEquals("ok\n", health.body());
        // and the stalls were still open and unanswered meanwhile, so they were what the command had to get past
        for (Socket stall : stalls) {
            stall.setSoTimeout(1);
            assertThrows(SocketTimeoutException.class, () -> stall.getInputStream().read());
        }
    }

    private Socket stall(String partialRequest) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        OutputStream out = socket.getOutputStream();
        out.write(partialRequest.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Bounded, so that a server that never answers fails the test instead of hanging it. */
    private static HttpRequest withTimeout(HttpRequest request) {
        return HttpRequest.newBuilder(request, (name, value) -> true).timeout(Duration.ofSeconds(5)).build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI events() {
        return uri(SlackHttpServer.EVENTS_PATH);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
