package app.bonusbot.chat.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers go to response URLs on one host (Slack's hooks.slack.com), over TLS in real life: a new connection per answer
 * would cost a handshake each. As many answers as the app posts at once keep their connections for the next.
 */
class ResponseUrlConnectionsTest {

    /** Answers at once, more than the five idle connections OkHttp keeps by default. */
    private static final int AT_ONCE = SlackApi.KEPT_CONNECTIONS;

    private ServerSocket listening;
    private final AtomicInteger connections = new AtomicInteger();
    /** Each answer waits here until all of its round have arrived, so they truly are at once. */
    private final CyclicBarrier round = new CyclicBarrier(AT_ONCE);

    @BeforeEach
    void a_response_url_host_that_counts_connections() throws IOException {
        listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "response-url-host");
        accepting.setDaemon(true);
        accepting.start();
    }

    @AfterEach
    void close() throws IOException {
        listening.close();
    }

    @Test
    void answers_posted_at_once_reuse_their_connections_for_the_next_answers() throws Exception {
        // given a client for the bot's settings
        SlackSettings settings = new SlackSettings(SlackMode.HTTP, FakeSlackApi.BOT_TOKEN, null, "secret", null, 3000);
        SlackApi api = new SlackApi(SlackApi.slack(settings), FakeSlackApi.BOT_TOKEN, duration -> { }, 1);
        // when as many answers as the app works out at once are posted together, twice
        postTogether(api, "first");
        int afterFirst = connections.get();
        postTogether(api, "second");
        // then the second round opened no connection of its own
        assertEquals(AT_ONCE, afterFirst);
        assertEquals(AT_ONCE, connections.get(), "connections opened in all");
    }

    private void postTogether(SlackApi api, String name) throws InterruptedException {
        List<Thread> posting = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            String url = "http://127.0.0.1:" + listening.getLocalPort() + "/commands/" + name + i;
            Thread thread = new Thread(() -> {
                try {
                    api.respond(url, SlashCommandResponse.builder().responseType("ephemeral").text("answer").build());
                } catch (RuntimeException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            posting.add(thread);
            thread.start();
        }
        for (Thread thread : posting) {
            thread.join(TimeUnit.SECONDS.toMillis(20));
        }
        assertEquals(List.of(), failures);
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket socket = listening.accept();
                connections.incrementAndGet();
                Thread serving = new Thread(() -> serve(socket), "response-url-connection");
                serving.setDaemon(true);
                serving.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** HTTP/1.1 with keep-alive: request after request on the connection, each answered {@code ok}. */
    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                int length = -1;
                String line = line(in);
                if (line == null) {
                    return;
                }
                for (line = line(in); line != null && !line.isEmpty(); line = line(in)) {
                    if (line.toLowerCase().startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring("content-length:".length()).trim());
                    }
                }
                in.readNBytes(Math.max(0, length));
                round.await(10, TimeUnit.SECONDS);
                out.write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException | InterruptedException | BrokenBarrierException | TimeoutException e) {
            // the client went away, or the round never filled: the test's assertions say which
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                return null;
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
