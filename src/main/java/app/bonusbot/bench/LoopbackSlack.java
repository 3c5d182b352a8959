package app.bonusbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Slack's side of an HTTP-mode run, on loopback: the Web API methods a slash command's answer needs ({@code auth.test}
 * at the start, {@code users.info} for a user the bot does not know yet, in Slack's JSON), the response URLs the
 * answers are posted to (each answer completes its command's future with the time it arrived), and a bare endpoint
 * that answers at once, the floor of an HTTP round trip on this machine.
 */
final class LoopbackSlack implements AutoCloseable {

    static final String BOT_TOKEN = "xoxb-0000000001-bench-bonusbot-token";
    static final String SIGNING_SECRET = "bench-signing-secret-0123456789abcdef";
    static final String TEAM_ID = "T0BENCH01";
    static final String FLOOR_PATH = "/floor";
    private static final String RESPOND_PATH = "/respond/";
    static final String NO_DELAY = "sun.net.httpserver.nodelay";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Seller> bySlackId;
    private final Map<Long, CompletableFuture<Answer>> waiting = new ConcurrentHashMap<>();

    /**
     * @param nanoTime when it arrived, on {@link System#nanoTime()}'s scale
     * @param answered whether it was an answer with blocks, not an error notice
     */
    record Answer(long nanoTime, boolean answered) {}

    private LoopbackSlack(HttpServer server, ExecutorService threads, Map<String, Seller> bySlackId) {
        this.server = server;
        this.threads = threads;
        this.bySlackId = bySlackId;
    }

    /** @param bySlackId the workspace's members: users.info gives each one's e-mail, as Slack does with users:read.email */
    static LoopbackSlack start(Map<String, Seller> bySlackId) throws IOException {
        // The JDK's server writes an answer's headers and its body as two TCP segments; with Nagle's algorithm on (its
        // default) the body waits for the client's delayed ACK of the headers, about 40 ms on Linux loopback. Each
        // answer posted to a response URL then held one of the bot's workers that long, and the run measured that
        // stall instead of the bot. Real Slack answers in one go. Read once, when the JDK's first HttpServer starts.
        System.setProperty(NO_DELAY, "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        ExecutorService threads = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "bench-loopback-slack");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        LoopbackSlack slack = new LoopbackSlack(server, threads, Map.copyOf(bySlackId));
        server.createContext("/api/", slack::method);
        server.createContext(RESPOND_PATH, slack::respond);
        server.createContext(FLOOR_PATH, exchange -> {
            readAll(exchange.getRequestBody());
            answer(exchange, 200, "");
        });
        server.start();
        return slack;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String apiUrl() {
        return base() + "/api/";
    }

    /** The response URL of command {@code id}; its answer will complete the returned future. */
    String responseUrl(long id) {
        return base() + RESPOND_PATH + id;
    }

    CompletableFuture<Answer> expect(long id) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        return answer;
    }

    void forget(long id) {
        waiting.remove(id);
    }

    private void respond(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        String body = new String(readAll(exchange.getRequestBody()), StandardCharsets.UTF_8);
        long id = Long.parseLong(exchange.getRequestURI().getPath().substring(RESPOND_PATH.length()));
        answer(exchange, 200, "ok");
        CompletableFuture<Answer> future = waiting.remove(id);
        if (future != null) {
            future.complete(new Answer(arrived, body.contains("\"blocks\"")));
        }
    }

    private void method(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(readAll(exchange.getRequestBody()), StandardCharsets.UTF_8);
        ObjectNode reply = JSON.createObjectNode();
        switch (method) {
            case "auth.test" -> reply.put("ok", true).put("url", "https://bench.slack.com/").put("team", "Bench").put("user", "bonusbot")
                    .put("team_id", TEAM_ID).put("user_id", "U0BENCHBOT").put("bot_id", "B0BENCHBOT").put("is_enterprise_install", false);
            case "users.info" -> {
                Seller seller = bySlackId.get(form(body, "user"));
                if (seller == null) {
                    reply.put("ok", false).put("error", "user_not_found");
                } else {
                    reply.put("ok", true);
                    ObjectNode user = reply.putObject("user").put("id", form(body, "user")).put("team_id", TEAM_ID)
                            .put("name", seller.id()).put("real_name", seller.name()).put("deleted", false).put("is_bot", false);
                    user.putObject("profile").put("real_name", seller.name()).put("email", seller.email());
                }
            }
            default -> reply.put("ok", false).put("error", "unknown_method");
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        answer(exchange, 200, reply.toString());
    }

    private static String form(String body, String name) {
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
