package app.bonusbot.chat.slack;

import static app.bonusbot.chat.slack.FakeSlackAnswers.authTest;
import static app.bonusbot.chat.slack.FakeSlackAnswers.error;
import static app.bonusbot.chat.slack.FakeSlackAnswers.ok;
import static app.bonusbot.chat.slack.FakeSlackAnswers.openView;
import static app.bonusbot.chat.slack.FakeSlackAnswers.postMessage;
import static app.bonusbot.chat.slack.FakeSlackAnswers.publish;
import static app.bonusbot.chat.slack.FakeSlackAnswers.user;

import app.bonusbot.chat.slack.FakeSlackAnswers.Member;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A loopback stand-in for Slack's Web API and for slash commands' response URLs, answering in Slack's wire format
 * (form-encoded requests, {@code {"ok": ...}} JSON answers, {@code 429} with {@code Retry-After}). Every request is
 * recorded, rate-limited ones too, for tests to read what the bot sent.
 *
 * <p>Answers {@code auth.test}, {@code apps.connections.open} (with the URL given to {@link #socketModeUrl}),
 * {@code users.info}, {@code users.lookupByEmail}, {@code chat.postMessage}, {@code views.publish}, {@code views.open} and the
 * {@code files.uploadV2} flow ({@code files.getUploadURLExternal} hands out an upload URL on this server, whose
 * uploads are recorded as {@link #UPLOAD} with their bytes, then {@code files.completeUploadExternal}); any other
 * method gets {@code unknown_method}. Bot methods need {@link #BOT_TOKEN}, {@code apps.connections.open} needs
 * {@link #APP_TOKEN}; other tokens get {@code invalid_auth}.
 *
 * <pre>
 * try (FakeSlackApi slack = FakeSlackApi.start()) {
 *     slack.addUser("U0SARA01", "Sara Nielsen", "sara@example.com");
 *     slack.rateLimit("views.publish", 2, 3);            // two 429s (Retry-After: 3), then answered
 *     slack.misbehave("files.getUploadURLExternal", Misbehaviour.okWithout("upload_url")); // or a 500, a body
 *                                                     // that is not JSON, a dropped connection: once, then as usual
 *     ... point the SDK at slack.methodsUrl(), use slack.responseUrl("1") as a response_url ...
 *     slack.awaitResponses(1, Duration.ofSeconds(5));     // the JSON posted to response URLs
 *     slack.calls("views.publish");                       // what reached a method
 *     slack.accepted("chat.postMessage");                 // what it carried out: the messages it posted
 * }
 * </pre>
 */
public final class FakeSlackApi implements AutoCloseable {

    public static final String BOT_TOKEN = "xoxb-0000000001-fake-bonusbot-token";
    public static final String APP_TOKEN = "xapp-1-A0BONUSBOT-fake-app-level-token";
    public static final String TEAM_ID = "T0NORDLYS";
    public static final String BOT_USER_ID = "U0BONUSBOT";
    public static final String BOT_ID = "B0BONUSBOT";
    public static final String APP_ID = "A0BONUSBOT";
    /** The scopes auth.test reports in {@code x-oauth-scopes}, as Slack does. */
    public static final String SCOPES = "commands,chat:write,users:read,users:read.email";
    /** What response URLs are recorded under in {@link #calls(String)}. */
    public static final String RESPONSE_URL = "response_url";
    /** What uploads to the URLs of files.getUploadURLExternal are recorded under; {@code file_id} says which file. */
    public static final String UPLOAD = "upload";

    /**
     * One request as it arrived.
     *
     * @param method the Web API method, or {@link #RESPONSE_URL}
     * @param params form fields, or the top-level fields of a JSON body (objects and arrays as JSON text)
     * @param status the HTTP status the fake answered with (429 when it rate-limited the call, 0 when it dropped the
     *     connection instead of answering)
     * @param answer the body the fake answered with; null when it dropped the connection
     */
    public record Call(String method, String authorization, String contentType, String body, Map<String, String> params, int status, String answer) {
        public String param(String name) {
            return params.get(name);
        }

        /** Whether the fake carried the call out and said {@code "ok": true}, whatever it then left out of the answer. */
        public boolean accepted() {
            if (answer == null || status != 200) {
                return false;
            }
            try {
                return JSON.readTree(answer).path("ok").asBoolean(false);
            } catch (IOException e) {
                return false;
            }
        }

        /** A field holding JSON (blocks, a view) parsed. */
        public JsonNode json(String name) {
            try {
                return JSON.readTree(params.get(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The whole body as JSON, e.g. what was posted to a response URL. */
        public JsonNode bodyJson() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private record Failure(int status, String body) {}

    /**
     * A way a call goes wrong, for {@link #misbehave}: Slack's Web API and its upload URLs do all of these now and then.
     * Only {@link #okWithout} carries the call out; the others answer (or drop the connection) without doing anything.
     */
    public record Misbehaviour(String name, int status, String body, String missingField) {

        /** The call is carried out and answered {@code "ok": true}, but without this field (e.g. {@code upload_url}). */
        public static Misbehaviour okWithout(String field) {
            return new Misbehaviour("ok without " + field, 200, null, field);
        }

        /** {@code "ok": false} with Slack's error code, e.g. {@code not_in_channel}. */
        public static Misbehaviour error(String code) {
            return new Misbehaviour("error " + code, 200, FakeSlackAnswers.error(code).toString(), null);
        }

        /** An HTTP status with a body that is not Slack's, as a load balancer answers, e.g. {@code 500}. */
        public static Misbehaviour httpStatus(int status) {
            return new Misbehaviour("HTTP " + status, status, "<html><body>" + status + " Internal Server Error</body></html>", null);
        }

        /** {@code 200} with a body that is not JSON, or JSON cut off. */
        public static Misbehaviour malformedBody() {
            return new Misbehaviour("malformed body", 200, "{\"ok\":true,\"upload_url\":\"http://", null);
        }

        /**
         * The connection drops halfway through the answer: a status line and headers, a few bytes, then nothing. (A
         * connection dropped before the headers, OkHttp may quietly send the request again on a new one.)
         */
        public static Misbehaviour droppedConnection() {
            return new Misbehaviour("dropped connection", 0, null, null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A misbehaviour waiting for the next call of its method, or of its method with a parameter of that value. */
    private record Planned(String method, String param, String value, Misbehaviour misbehaviour) {
        boolean matches(String calledMethod, Map<String, String> params) {
            return method.equals(calledMethod) && (param == null || value.equals(params.get(param)));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RATE_LIMITED = "{\"ok\":false,\"error\":\"ratelimited\"}";

    private final HttpServer server;
    // Grows as needed: a held response URL keeps its thread until released.
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Member> users = new LinkedHashMap<>();
    private final Map<String, int[]> rateLimits = new HashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile String socketModeUrl;
    private volatile Failure responseUrlFailure;
    private final Map<String, byte[]> uploads = new LinkedHashMap<>();
    private volatile int uploadStatus = 200;
    private final List<Planned> planned = new ArrayList<>();
    /** Response URL id → the payloads it took, in order. */
    private final Map<String, List<Call>> responsesById = new LinkedHashMap<>();
    private volatile String heldPrefix;
    private final CountDownLatch held = new CountDownLatch(1);
    private final AtomicInteger heldArrivals = new AtomicInteger();

    private FakeSlackApi(HttpServer server) {
        this.server = server;
    }

    /** Listens on a free port of 127.0.0.1. */
    public static FakeSlackApi start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeSlackApi fake = new FakeSlackApi(server);
            server.createContext("/api/", fake::method);
            server.createContext("/commands/", fake::responseUrl);
            server.createContext("/upload/", fake::upload);
            server.setExecutor(fake.threads);
            server.start();
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The methods endpoint prefix for {@code SLACK_API_URL} / {@code SlackConfig#setMethodsEndpointUrlPrefix}. */
    public String methodsUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** A response URL as Slack gives one with a slash command; what is posted to it is recorded. */
    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/commands/" + TEAM_ID + "/" + id + "/fakeResponseSecret" + id;
    }

    /**
     * From now on a post to a response URL whose id starts with {@code idPrefix} is held: its connection is left
     * waiting, unread and unanswered, until {@link #releaseHeld()}, and what it carried never counts as taken. So a test
     * can stop a bot process while its answer is on the way and has not reached Slack. Held posts arriving are counted
     * ({@link #heldArrivals()}); response URLs of other ids go on as usual.
     */
    public FakeSlackApi holdResponseUrls(String idPrefix) {
        heldPrefix = idPrefix;
        return this;
    }

    /** Lets held posts go (their connections are closed unanswered) and takes posts to those URLs as usual from now on. */
    public FakeSlackApi releaseHeld() {
        heldPrefix = null;
        held.countDown();
        return this;
    }

    /** How many posts to response URLs have been held so far. */
    public int heldArrivals() {
        return heldArrivals.get();
    }

    /** What the response URL of that id ({@link #responseUrl(String)}) took, in order: the payloads Slack showed. */
    public synchronized List<Call> responsesTo(String id) {
        return List.copyOf(responsesById.getOrDefault(id, List.of()));
    }

    /** Every response URL id that took a payload, with how many it took. */
    public synchronized Map<String, Integer> responseCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        responsesById.forEach((id, taken) -> counts.put(id, taken.size()));
        return counts;
    }

    /** A workspace member for users.info and users.lookupByEmail. */
    public synchronized FakeSlackApi addUser(String id, String realName, String email) {
        users.put(id, new Member(id, realName, email));
        return this;
    }

    /** The next {@code times} calls of a method (or of {@link #RESPONSE_URL}) get 429 with Retry-After. */
    public synchronized FakeSlackApi rateLimit(String method, int times, int retryAfterSeconds) {
        rateLimits.put(method, new int[] {times, retryAfterSeconds});
        return this;
    }

    /** From now on response URLs refuse posts, e.g. {@code 404} with {@code expired_url} as after 30 minutes. */
    public FakeSlackApi failResponseUrls(int status, String error) {
        responseUrlFailure = new Failure(status, "{\"ok\":false,\"error\":\"" + error + "\"}");
        return this;
    }

    /** What apps.connections.open answers, e.g. {@code ws://127.0.0.1:PORT/} of a test WebSocket server. */
    public FakeSlackApi socketModeUrl(String url) {
        socketModeUrl = url;
        return this;
    }

    /** From now on uploads to the URLs files.getUploadURLExternal hands out are refused with this HTTP status. */
    public FakeSlackApi failUploads(int status) {
        uploadStatus = status;
        return this;
    }

    /**
     * The next call of a Web API method, or the next upload ({@link #UPLOAD}), goes wrong that way; the calls after it
     * are answered as usual.
     */
    public synchronized FakeSlackApi misbehave(String method, Misbehaviour misbehaviour) {
        planned.add(new Planned(method, null, null, misbehaviour));
        return this;
    }

    /** The next call of a method with that parameter, e.g. chat.postMessage to {@code channel} U0METTE01, goes wrong. */
    public synchronized FakeSlackApi misbehave(String method, String param, String value, Misbehaviour misbehaviour) {
        planned.add(new Planned(method, param, value, misbehaviour));
        return this;
    }

    /** The calls of a method the fake carried out and answered {@code "ok": true}, e.g. the messages it posted. */
    public synchronized List<Call> accepted(String method) {
        return calls.stream().filter(c -> c.method().equals(method) && c.accepted()).toList();
    }

    /** The bytes uploaded for a file id of files.getUploadURLExternal; null when nothing was. */
    public synchronized byte[] uploaded(String fileId) {
        return uploads.get(fileId);
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one method (or {@link #RESPONSE_URL}), rate-limited ones included. */
    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The calls of one method that were answered (not rate-limited). */
    public synchronized List<Call> answered(String method) {
        return calls.stream().filter(c -> c.method().equals(method) && c.status() != 429).toList();
    }

    /** Waits until {@code count} answered calls of the method have arrived; fails after the timeout. */
    public List<Call> awaitAnswered(String method, int count, Duration timeout) {
        return await(c -> c.method().equals(method) && c.status() != 429, count, timeout, method);
    }

    /** Waits for {@code count} payloads taken by response URLs and returns them all as JSON. */
    public List<JsonNode> awaitResponses(int count, Duration timeout) {
        return await(c -> c.method().equals(RESPONSE_URL) && c.status() == 200, count, timeout, RESPONSE_URL).stream()
                .map(Call::bodyJson)
                .toList();
    }

    private synchronized List<Call> await(Predicate<Call> wanted, int count, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> found = calls.stream().filter(wanted).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " " + what + " call(s) within " + timeout + ", got " + found.size() + "; all calls: "
                        + calls.stream().map(c -> c.method() + " " + c.status()).toList());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void method(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Map<String, String> params = params(contentType, body);
        Integer retryAfter = takeRateLimit(method);
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", Integer.toString(retryAfter));
            record(new Call(method, authorization, contentType, body, params, 429, RATE_LIMITED));
            send(exchange, 429, RATE_LIMITED);
            return;
        }
        Misbehaviour misbehaviour = takeMisbehaviour(method, params);
        if (misbehaviour != null && misbehaviour.missingField() == null) {
            misbehave(exchange, new Call(method, authorization, contentType, body, params, misbehaviour.status(), misbehaviour.body()));
            return;
        }
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : params.get("token");
        ObjectNode answer = answer(method, token, params);
        if (misbehaviour != null) {
            answer.remove(misbehaviour.missingField());
        }
        if (method.equals("auth.test") && answer.path("ok").asBoolean()) {
            exchange.getResponseHeaders().add("x-oauth-scopes", SCOPES);
        }
        record(new Call(method, authorization, contentType, body, params, 200, answer.toString()));
        send(exchange, 200, answer.toString());
    }

    /** Answers as planned, or drops the connection halfway through the answer. */
    private void misbehave(HttpExchange exchange, Call call) throws IOException {
        record(call);
        if (call.answer() == null) {
            byte[] start = "{\"ok\":tr".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, 1000);
            OutputStream out = exchange.getResponseBody();
            out.write(start);
            out.flush();
            // Closing with bytes still owed throws, and the JDK's server then closes the connection: the drop.
            exchange.close();
            return;
        }
        send(exchange, call.status(), call.answer());
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        String id = responseUrlId(exchange.getRequestURI().getPath());
        String holding = heldPrefix;
        if (holding != null && id.startsWith(holding)) {
            heldArrivals.incrementAndGet();
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> params = params(contentType, body);
        Integer retryAfter = takeRateLimit(RESPONSE_URL);
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", Integer.toString(retryAfter));
            record(new Call(RESPONSE_URL, null, contentType, body, params, 429, RATE_LIMITED));
            send(exchange, 429, RATE_LIMITED);
            return;
        }
        Failure failure = responseUrlFailure;
        if (failure != null) {
            record(new Call(RESPONSE_URL, null, contentType, body, params, failure.status(), failure.body()));
            send(exchange, failure.status(), failure.body());
            return;
        }
        Call taken = new Call(RESPONSE_URL, null, contentType, body, params, 200, "{\"ok\":true}");
        synchronized (this) {
            responsesById.computeIfAbsent(id, k -> new ArrayList<>()).add(taken);
        }
        record(taken);
        send(exchange, 200, "{\"ok\":true}");
    }

    /** {@code /commands/TEAM/ID/SECRET} → ID. */
    private static String responseUrlId(String path) {
        String[] parts = path.split("/");
        return parts.length > 3 ? parts[3] : path;
    }

    private void upload(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        String fileId = exchange.getRequestURI().getPath().substring("/upload/".length());
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Misbehaviour misbehaviour = takeMisbehaviour(UPLOAD, Map.of("file_id", fileId));
        if (misbehaviour != null && misbehaviour.missingField() == null) {
            misbehave(exchange, new Call(UPLOAD, null, contentType, bytes.length + " bytes", Map.of("file_id", fileId), misbehaviour.status(), misbehaviour.body()));
            return;
        }
        int status = uploadStatus;
        synchronized (this) {
            if (status == 200) {
                uploads.put(fileId, bytes);
            }
        }
        String answer = status == 200 ? "OK - " + bytes.length : "error";
        record(new Call(UPLOAD, null, contentType, bytes.length + " bytes", Map.of("file_id", fileId), status, answer));
        send(exchange, status, answer);
    }

    private ObjectNode answer(String method, String token, Map<String, String> params) {
        if (method.equals("apps.connections.open")) {
            if (!APP_TOKEN.equals(token)) {
                return error(BOT_TOKEN.equals(token) ? "not_allowed_token_type" : "invalid_auth");
            }
            return socketModeUrl == null ? error("socket_mode_not_enabled") : ok().put("url", socketModeUrl);
        }
        if (!BOT_TOKEN.equals(token)) {
            return error(token == null ? "not_authed" : "invalid_auth");
        }
        switch (method) {
            case "auth.test":
                return authTest();
            case "users.info":
                return user(findUser(u -> u.id().equals(params.get("user"))), "user_not_found");
            case "users.lookupByEmail":
                return user(findUser(u -> u.email() != null && u.email().equalsIgnoreCase(params.get("email"))), "users_not_found");
            case "chat.postMessage":
                return postMessage(params, ts());
            case "views.publish":
                return publish(params, "V" + String.format(Locale.ROOT, "%010d", sequence.incrementAndGet()), ts());
            case "views.open":
                return openView(params, "V" + String.format(Locale.ROOT, "%010d", sequence.incrementAndGet()));
            case "files.getUploadURLExternal": {
                String fileId = "F0CHART" + sequence.incrementAndGet();
                return ok().put("upload_url", "http://127.0.0.1:" + server.getAddress().getPort() + "/upload/" + fileId).put("file_id", fileId);
            }
            case "files.completeUploadExternal":
                return completeUpload(params);
            default:
                return error("unknown_method");
        }
    }

    /** Slack answers with the files as shared; a file whose bytes never arrived is an error, as in Slack. */
    private ObjectNode completeUpload(Map<String, String> params) {
        JsonNode files;
        try {
            files = JSON.readTree(params.getOrDefault("files", "[]"));
        } catch (IOException e) {
            return error("invalid_arguments");
        }
        for (JsonNode file : files) {
            if (uploaded(file.path("id").asText()) == null) {
                return error("file_not_found");
            }
        }
        ObjectNode answer = ok();
        answer.set("files", files);
        return answer;
    }

    private synchronized Member findUser(Predicate<Member> match) {
        return users.values().stream().filter(match).findFirst().orElse(null);
    }

    private synchronized Misbehaviour takeMisbehaviour(String method, Map<String, String> params) {
        for (int i = 0; i < planned.size(); i++) {
            if (planned.get(i).matches(method, params)) {
                return planned.remove(i).misbehaviour();
            }
        }
        return null;
    }

    private synchronized Integer takeRateLimit(String method) {
        int[] limit = rateLimits.get(method);
        if (limit == null || limit[0] <= 0) {
            return null;
        }
        limit[0]--;
        return limit[1];
    }

    private synchronized void record(Call call) {
        calls.add(call);
        notifyAll();
    }

    private String ts() {
        return "1764237600." + String.format(Locale.ROOT, "%06d", sequence.incrementAndGet());
    }

    private static Map<String, String> params(String contentType, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return params;
        }
        if (contentType != null && contentType.startsWith("application/json")) {
            try {
                JsonNode json = JSON.readTree(body);
                json.properties().forEach(e -> params.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            } catch (IOException e) {
                params.put("", body);
            }
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
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
