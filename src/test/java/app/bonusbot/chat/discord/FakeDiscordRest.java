package app.bonusbot.chat.discord;

import static app.bonusbot.chat.discord.DiscordWorld.JSON;

import app.bonusbot.chat.discord.RestRoutes.Answer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The REST side of {@link FakeDiscord}: an HTTP server under {@code /api/v10/} that checks the bot token (except on
 * interaction and webhook routes, which Discord authenticates by the interaction token), answers through
 * {@link RestRoutes}, sends rate-limit headers as Discord does, and records every request with its answer.
 */
final class FakeDiscordRest {

    static final String PREFIX = "/api/v10/";

    /** A planned error for the next request matching a method and a path pattern. */
    private record PlannedFailure(String method, Pattern path, DiscordError error) {}

    private final HttpServer server;
    /** Original-response edits: {@code PATCH webhooks/{application}/{token}/messages/@original}. */
    private static final Pattern ORIGINAL_EDIT = Pattern.compile("webhooks/\\d+/[^/]+/messages/@original");

    // Grows as needed: a held edit keeps its thread until released.
    private final ExecutorService threads = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "fake-discord-rest");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger heldArrivals = new AtomicInteger();
    private volatile CountDownLatch held;
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Deque<PlannedFailure> failures = new ArrayDeque<>();
    private final RestRoutes routes;

    private FakeDiscordRest(HttpServer server, RestRoutes routes) {
        this.server = server;
        this.routes = routes;
    }

    static FakeDiscordRest start(RestRoutes routes) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeDiscordRest rest = new FakeDiscordRest(server, routes);
            server.createContext("/", rest::handle);
            server.setExecutor(rest.threads);
            server.start();
            return rest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    synchronized void failNext(String method, String pathRegex, DiscordError error) {
        failures.add(new PlannedFailure(method, Pattern.compile(pathRegex), error));
    }

    /**
     * From now on an edit of an interaction's original response is held: its connection is left waiting, unanswered,
     * until {@link #releaseHeld()}, and it is never recorded. So a test can stop a bot process while its answer is on
     * the way and has not reached Discord.
     */
    void holdOriginalEdits() {
        held = new CountDownLatch(1);
    }

    /** Lets held edits go (their connections are closed unanswered) and takes edits as usual from now on. */
    void releaseHeld() {
        CountDownLatch holding = held;
        held = null;
        if (holding != null) {
            holding.countDown();
        }
    }

    int heldArrivals() {
        return heldArrivals.get();
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized List<RecordedRequest> await(Predicate<RecordedRequest> wanted, int count, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<RecordedRequest> found = requests.stream().filter(wanted).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " " + what + " within " + timeout + ", got " + found.size()
                        + "; all requests: " + requests);
            }
            try {
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    void close() {
        releaseHeld();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String fullPath = exchange.getRequestURI().getPath();
        String path = fullPath.startsWith(PREFIX) ? fullPath.substring(PREFIX.length()) : fullPath;
        String query = exchange.getRequestURI().getRawQuery();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        byte[] body = exchange.getRequestBody().readAllBytes();
        RecordedRequest request = new RecordedRequest(method, path, query, headers, contentType, body, 0, "");
        CountDownLatch holding = held;
        if (holding != null && method.equals("PATCH") && ORIGINAL_EDIT.matcher(path).matches()) {
            heldArrivals.incrementAndGet();
            try {
                holding.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        Answer answer;
        try {
            answer = answer(request, fullPath.startsWith(PREFIX));
        } catch (RuntimeException e) {
            answer = new Answer(500, JSON.createObjectNode().put("message", "FakeDiscord failed: " + e).put("code", 0).toString());
        }
        // recorded before the answer goes out, so whatever JDA did synchronously is in the log when its call returns
        record(new RecordedRequest(method, path, query, headers, contentType, body, answer.status(), answer.body()));
        send(exchange, path, answer);
    }

    private Answer answer(RecordedRequest request, boolean underApi) {
        PlannedFailure failure = takeFailure(request);
        if (failure != null) {
            return Answer.error(failure.error());
        }
        if (!underApi) {
            return RestRoutes.NOT_FOUND;
        }
        boolean interactionRoute = request.path().startsWith("interactions/") || request.path().startsWith("webhooks/");
        if (!interactionRoute && !("Bot " + FakeDiscord.BOT_TOKEN).equals(request.header("authorization"))) {
            return Answer.error(new DiscordError(401, 0, "401: Unauthorized"));
        }
        return routes.answer(request.method(), request.path(), request.query(), request.json(), request.files());
    }

    private synchronized PlannedFailure takeFailure(RecordedRequest request) {
        for (Iterator<PlannedFailure> it = failures.iterator(); it.hasNext();) {
            PlannedFailure failure = it.next();
            if (failure.method().equals(request.method()) && failure.path().matcher(request.path()).matches()) {
                it.remove();
                return failure;
            }
        }
        return null;
    }

    private synchronized void record(RecordedRequest request) {
        requests.add(request);
        notifyAll();
    }

    private static void send(HttpExchange exchange, String path, Answer answer) throws IOException {
        var headers = exchange.getResponseHeaders();
        // Discord's responses pass Google's proxy; JDA takes a 429 without "via" for a Cloudflare ban of every route
        headers.add("Via", "1.1 google");
        String[] segments = path.split("/");
        headers.add("X-RateLimit-Bucket", Integer.toHexString((exchange.getRequestMethod() + segments[0]).hashCode()));
        headers.add("X-RateLimit-Limit", "50");
        headers.add("X-RateLimit-Remaining", answer.status() == 429 ? "0" : "49");
        headers.add("X-RateLimit-Reset", Long.toString(Instant.now().getEpochSecond() + 1));
        headers.add("X-RateLimit-Reset-After", "1.000");
        if (answer.status() == 429) {
            headers.add("Retry-After", "1");
            headers.add("X-RateLimit-Scope", "user");
        }
        if (answer.body().isEmpty()) {
            exchange.sendResponseHeaders(answer.status(), -1);
            exchange.close();
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        headers.add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
