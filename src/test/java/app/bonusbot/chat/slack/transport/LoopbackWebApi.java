package app.bonusbot.chat.slack.transport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback stand-in for Slack's Web API (as Bolt's own test_locally mock servers are): answers {@code auth.test}
 * for bot tokens starting {@code xoxb-valid}, {@code apps.connections.open} for app tokens starting
 * {@code xapp-valid} with the WebSocket URLs a test sets (any number of times, as Bolt asks more than once), and
 * {@code views.publish}, and records what is posted to {@code /response_url/...}. Answers are shaped as Slack's
 * real ones.
 */
public final class LoopbackWebApi implements AutoCloseable {

    public record Call(String path, String authorization, String body) {}

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Call> responses = new LinkedBlockingQueue<>();
    private final List<String> socketModeUrls = new CopyOnWriteArrayList<>(List.of("ws://127.0.0.1:1/"));

    public LoopbackWebApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** For {@code SlackConfig#setMethodsEndpointUrlPrefix}, as SLACK_API_URL would set it. */
    public String methodsPrefix() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** A response_url pointing here. */
    public String responseUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response_url/" + name;
    }

    /** The first {@code apps.connections.open} gets the first URL, the next the next; the last is kept for the rest. */
    public void answerConnectionsOpenWith(String... webSocketUrls) {
        socketModeUrls.clear();
        socketModeUrls.addAll(List.of(webSocketUrls));
    }

    /** A ws:// URL on a loopback port nobody listens on, as a Slack WebSocket endpoint that cannot be reached. */
    public static String unreachableSocketUrl() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        return "ws://127.0.0.1:" + port + "/link/?ticket=unreachable";
    }

    /** The calls made to a Web API method so far, in order. */
    public List<Call> callsOf(String method) {
        return calls.stream().filter(c -> c.path().equals("/api/" + method)).toList();
    }

    public long callsTo(String method) {
        return calls.stream().filter(c -> c.path().equals("/api/" + method)).count();
    }

    /** The next body posted to a response_url, or null after the timeout. */
    public Call nextResponse(long seconds) throws InterruptedException {
        return responses.poll(seconds, TimeUnit.SECONDS);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            Call call = new Call(path, authorization, body);
            calls.add(call);
            String token = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
            if (path.startsWith("/response_url/")) {
                responses.add(call);
                send(exchange, 200, "application/json", "{\"ok\":true}");
            } else if (path.equals("/api/auth.test")) {
                send(exchange, 200, "application/json", token.startsWith("xoxb-valid")
                        ? "{\"ok\":true,\"url\":\"https://bonusbot-test.slack.com/\",\"team\":\"Bonusbot Test\",\"user\":\"bonusbot\","
                                + "\"team_id\":\"T0001\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0001\",\"is_enterprise_install\":false}"
                        : "{\"ok\":false,\"error\":\"invalid_auth\"}");
            } else if (path.equals("/api/apps.connections.open")) {
                String url = socketModeUrls.size() > 1 ? socketModeUrls.remove(0) : socketModeUrls.get(0);
                send(exchange, 200, "application/json", token.startsWith("xapp-valid")
                        ? "{\"ok\":true,\"url\":\"" + url + "\"}"
                        : "{\"ok\":false,\"error\":\"invalid_auth\"}");
            } else if (path.equals("/api/views.publish") && token.startsWith("xoxb-valid")) {
                send(exchange, 200, "application/json", "{\"ok\":true,\"view\":{\"id\":\"V0001\",\"type\":\"home\"}}");
            } else {
                send(exchange, 404, "text/plain", "not a method of this stand-in: " + path);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
