package app.bonusbot.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's file upload flow (files.getUploadURLExternal, the upload to the URL it hands out, and
 * files.completeUploadExternal) in front of {@link FakeSlackApi}, which does not answer those methods: every other
 * Web API call is passed through to the fake unchanged, so its records and answers stay the reference.
 */
final class SlackFilesFront implements AutoCloseable {

    /** A files.* call or an upload as it arrived. */
    record FileCall(String method, Map<String, String> params, byte[] body) {}

    private final FakeSlackApi slack;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<FileCall> calls = new ArrayList<>();
    private final AtomicInteger files = new AtomicInteger();
    private volatile int uploadStatus = 200;

    private SlackFilesFront(FakeSlackApi slack, HttpServer server) {
        this.slack = slack;
        this.server = server;
    }

    static SlackFilesFront before(FakeSlackApi slack) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            SlackFilesFront front = new SlackFilesFront(slack, server);
            server.createContext("/api/", front::method);
            server.createContext("/upload/", front::upload);
            server.setExecutor(front.threads);
            server.start();
            return front;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The methods endpoint prefix to give the client instead of the fake's. */
    String methodsUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** From now on uploads are refused with this HTTP status. */
    SlackFilesFront failUploads(int status) {
        uploadStatus = status;
        return this;
    }

    synchronized List<FileCall> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void method(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (!method.startsWith("files.")) {
            pass(exchange, method, body);
            return;
        }
        Map<String, String> params = form(new String(body, StandardCharsets.UTF_8));
        record(new FileCall(method, params, body));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (!("Bearer " + FakeSlackApi.BOT_TOKEN).equals(authorization)) {
            send(exchange, 200, "{\"ok\":false,\"error\":\"invalid_auth\"}");
        } else if (method.equals("files.getUploadURLExternal")) {
            String id = "F0CHART" + files.incrementAndGet();
            send(exchange, 200, "{\"ok\":true,\"upload_url\":\"http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + id + "\",\"file_id\":\""
                    + id + "\"}");
        } else if (method.equals("files.completeUploadExternal")) {
            send(exchange, 200, "{\"ok\":true,\"files\":" + params.getOrDefault("files", "[]") + "}");
        } else {
            send(exchange, 200, "{\"ok\":false,\"error\":\"unknown_method\"}");
        }
    }

    private void upload(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        record(new FileCall("upload", Map.of("file_id", exchange.getRequestURI().getPath().substring("/upload/".length())), body));
        send(exchange, uploadStatus, uploadStatus == 200 ? "OK - " + body.length : "error");
    }

    private void pass(HttpExchange exchange, String method, byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(slack.methodsUrl() + method)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : List.of("Content-Type", "Authorization")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        HttpResponse<byte[]> answer;
        try {
            answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        answer.headers().firstValue("Retry-After").ifPresent(v -> exchange.getResponseHeaders().add("Retry-After", v));
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(answer.statusCode(), answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    private synchronized void record(FileCall call) {
        calls.add(call);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
