package app.bonusbot.chat.slack.transport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
            stall(i % 2 == 0 ? HALF_HEADERS : HALF_BODY);
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

    @Test
    void a_stalled_connection_is_answered_408_and_closed_after_the_read_timeout() throws Exception {
        // given one connection that stopped in its headers and one that stopped in its body
        Socket inHeaders = stall(HALF_HEADERS);
        Socket inBody = stall(HALF_BODY);
        // when the read timeout passes (read bounded, so that a server keeping them forever fails the test)
        String toHeaders = readUntilClosed(inHeaders, SlackHttpServer.READ_TIMEOUT.plusSeconds(10));
        String toBody = readUntilClosed(inBody, SlackHttpServer.READ_TIMEOUT.plusSeconds(10));
        // then each got a 408 and the server closed it
        assertTrue(toHeaders.startsWith("HTTP/1.1 408 Request Timeout\r\n"), toHeaders);
        assertTrue(toHeaders.contains("\r\nConnection: close\r\n"), toHeaders);
        assertTrue(toHeaders.endsWith("The request was not complete within 5 s\n"), toHeaders);
        assertTrue(toBody.startsWith("HTTP/1.1 408 Request Timeout\r\n"), toBody);
        assertEquals(List.of(), bonus.commands);
    }

    @Test
    void a_slow_client_that_completes_its_request_within_the_read_timeout_is_served() throws Exception {
        // given a genuine command sent in four pieces a third of a second apart
        byte[] request = raw(SignedRequest.form(SLASH_COMMAND, SECRET, Instant.now()));
        int piece = request.length / 4 + 1;
        try (Socket slow = new Socket("127.0.0.1", server.port())) {
            // when
            for (int offset = 0; offset < request.length; offset += piece) {
                slow.getOutputStream().write(request, offset, Math.min(piece, request.length - offset));
                slow.getOutputStream().flush();
                Thread.sleep(300);
            }
            String response = readUntilClosed(slow, SlackHttpServer.READ_TIMEOUT.plusSeconds(10));
            // then
            assertTrue(response.startsWith("HTTP/1.1 200 OK\r\n"), response);
            assertTrue(response.endsWith("\r\n\r\n{\"text\":\"Bonus status for U0ANNA\"}"), response);
        }
        assertEquals(List.of("status"), bonus.commands.stream().map(RecordingBonusApp.Command::text).toList());
    }

    @Test
    void a_stop_closes_stalled_connections_instead_of_waiting_for_them() throws Exception {
        // given
        Socket inHeaders = stall(HALF_HEADERS);
        Socket inBody = stall(HALF_BODY);
        // when
        server.close();
        // then they are closed without an answer (after the read timeout they would have had a 408)
        assertClosedUnanswered(inHeaders);
        assertClosedUnanswered(inBody);
    }

    @Test
    void a_connection_over_the_limit_of_open_connections_is_answered_503_until_the_stalled_ones_time_out() throws Exception {
        // given as many stalled connections as may be open
        for (int i = 0; i < SlackHttpServer.MAX_CONNECTIONS; i++) {
            stall(HALF_HEADERS);
        }
        // when one more comes, while all are still held
        String refused;
        try (Socket oneMore = new Socket("127.0.0.1", server.port())) {
            refused = readUntilClosed(oneMore, Duration.ofSeconds(5));
        }
        // then it is refused at once, and a command is served again once the stalled ones timed out
        assertTrue(refused.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), refused);
        assertTrue(refused.endsWith("Too many connections\n"), refused);
        for (Socket stall : stalls) {
            assertTrue(readUntilClosed(stall, SlackHttpServer.READ_TIMEOUT.plusSeconds(10)).startsWith("HTTP/1.1 408"));
        }
        HttpResponse<String> acked = send(withTimeout(SignedRequest.form(SLASH_COMMAND, SECRET, Instant.now()).to(events())));
        assertEquals(200, acked.statusCode(), acked.body());
    }

    @Test
    void a_chunked_command_and_one_waiting_for_100_continue_are_handled() throws Exception {
        // given a genuine command with a chunked body, as a proxy may forward it
        SignedRequest command = SignedRequest.form(SLASH_COMMAND, SECRET, Instant.now());
        String body = command.body();
        String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + command.contentType()
                + "\r\nX-Slack-Request-Timestamp: " + command.timestamp() + "\r\nX-Slack-Signature: " + command.signature()
                + "\r\nTransfer-Encoding: chunked\r\n\r\n";
        String chunked = Integer.toHexString(10) + "\r\n" + body.substring(0, 10) + "\r\n"
                + Integer.toHexString(body.length() - 10) + ";ext=1\r\n" + body.substring(10) + "\r\n0\r\n\r\n";
        // and another that waits for "100 Continue" before its body, as curl does
        HttpClient expecting = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest continued = HttpRequest.newBuilder(
                        SignedRequest.form(SLASH_COMMAND, SECRET, Instant.now().minusSeconds(1)).to(events()), (name, value) -> true)
                .expectContinue(true).timeout(Duration.ofSeconds(5)).build();
        // when
        String response;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write((head + chunked).getBytes(StandardCharsets.UTF_8));
            response = readUntilClosed(socket, Duration.ofSeconds(10));
        }
        HttpResponse<String> afterContinue = expecting.send(continued, HttpResponse.BodyHandlers.ofString());
        // then
        assertTrue(response.startsWith("HTTP/1.1 200 OK\r\n"), response);
        assertEquals(200, afterContinue.statusCode(), afterContinue.body());
        assertEquals(List.of("status", "status"), bonus.commands.stream().map(RecordingBonusApp.Command::text).toList());
    }

    @Test
    void a_request_that_is_not_http_is_answered_400_and_closed() throws Exception {
        // given
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            // when
            socket.getOutputStream().write("HELLO\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String response = readUntilClosed(socket, Duration.ofSeconds(10));
            // then
            assertTrue(response.startsWith("HTTP/1.1 400 Bad Request\r\n"), response);
            assertTrue(response.endsWith("Not an HTTP/1.1 request line\n"), response);
        }
    }

    private Socket stall(String partialRequest) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        OutputStream out = socket.getOutputStream();
        out.write(partialRequest.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        stalls.add(socket);
        return socket;
    }

    private static byte[] raw(SignedRequest request) {
        byte[] body = request.body().getBytes(StandardCharsets.UTF_8);
        String head = "POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + request.contentType()
                + "\r\nX-Slack-Request-Timestamp: " + request.timestamp() + "\r\nX-Slack-Signature: " + request.signature()
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] bytes = Arrays.copyOf(head.getBytes(StandardCharsets.US_ASCII), head.length() + body.length);
        System.arraycopy(body, 0, bytes, head.length(), body.length);
        return bytes;
    }

    /** Everything the server sends until it closes the connection; fails when it does not close it in time. */
    private static String readUntilClosed(Socket socket, Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        try {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close the connection within " + timeout.toSeconds() + " s", e);
        }
    }

    /** The server closed it without a word: the end of the stream, or a reset when it left the request unread. */
    private static void assertClosedUnanswered(Socket socket) throws IOException {
        try {
            assertEquals("", readUntilClosed(socket, Duration.ofSeconds(5)));
        } catch (SocketException reset) {
            assertEquals("Connection reset", reset.getMessage());
        }
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
