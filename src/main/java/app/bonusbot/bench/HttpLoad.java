package app.bonusbot.bench;

import app.bonusbot.bot.Application;
import app.bonusbot.bot.BotProcess;
import app.bonusbot.bot.Platforms;
import app.bonusbot.chat.slack.SlackMode;
import app.bonusbot.chat.slack.SlackPeople;
import app.bonusbot.chat.slack.SlackSettings;
import app.bonusbot.chat.slack.transport.SlackHttpServer;
import app.bonusbot.store.ChatIdentity;
import app.bonusbot.store.ChatIdentityStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HTTP mode under load: the bot's real Slack HTTP server and Bolt app (started as the bot starts them, with a
 * loopback Slack), and C clients, each sending signed {@code /bonus status} commands one at a time: a command is sent,
 * acknowledged, and answered on its response URL before the client sends the next. Its floor: the same clients
 * posting the same signed requests to a bare loopback endpoint that answers at once.
 */
final class HttpLoad {

    /** How long one answer may take before the command counts as unanswered. */
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(30);
    /** How long connecting and each read of an ack may take. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final Application app;
    private final List<Seller> sellers;
    private final Random pick;
    private final Consumer<String> progress;
    private final AtomicLong ids = new AtomicLong();

    private HttpLoad(Application app, List<Seller> sellers, Random pick, Consumer<String> progress) {
        this.app = app;
        this.sellers = sellers;
        this.pick = pick;
        this.progress = progress;
    }

    /** A Slack member id per seller: a workspace where nobody's slack_id is configured, so people are found by e-mail. */
    static String slackId(Seller seller) {
        return "UB" + seller.id().substring(PeopleCsv.ID_PREFIX.length());
    }

    static BenchResult.HttpFigure run(Application app, List<Seller> sellers, int clients, int commands, int warmup, Random pick,
            Consumer<String> progress) throws IOException {
        return new HttpLoad(app, sellers, pick, progress).run(clients, commands, warmup);
    }

    private BenchResult.HttpFigure run(int clients, int commands, int warmup) throws IOException {
        Map<String, Seller> bySlackId = new LinkedHashMap<>();
        sellers.forEach(s -> bySlackId.put(slackId(s), s));
        rememberIdentities(bySlackId);
        try (LoopbackSlack slack = LoopbackSlack.start(bySlackId)) {
            SlackSettings settings = new SlackSettings(SlackMode.HTTP, LoopbackSlack.BOT_TOKEN, null, LoopbackSlack.SIGNING_SECRET, slack.apiUrl(),
                    freePort());
            URI floor = URI.create(slack.base() + LoopbackSlack.FLOOR_PATH);
            progress.accept("bench: HTTP floor, " + clients + " clients x " + commands + " requests to a bare loopback endpoint");
            round(slack, floor, clients, Math.max(clients, warmup), false);
            Round floorRound = round(slack, floor, clients, commands, false);
            try (Platforms bot = new BotProcess(app).connect(Optional.of(settings), Optional.empty(), lost -> { })) {
                URI events = URI.create("http://127.0.0.1:" + settings.httpPort() + SlackHttpServer.EVENTS_PATH);
                progress.accept("bench: HTTP mode, " + clients + " clients x " + commands + " signed /bonus status, warm-up " + warmup);
                round(slack, events, clients, Math.max(clients, warmup), true);
                Round measured = round(slack, events, clients, commands, true);
                return new BenchResult.HttpFigure(clients, measured.sent(), measured.answered(), measured.failed(), measured.nanos(),
                        measured.acks().summaryOrNull(), measured.answers().summaryOrNull(), floorRound.sent(), floorRound.nanos(),
                        floorRound.acks().summaryOrNull());
            }
        }
    }

    /**
     * As if every seller had asked once this week: their Slack identity is known, so the run measures answers, not
     * the one users.info lookup per person a week. Written through the bot's own cache of identities.
     */
    private void rememberIdentities(Map<String, Seller> bySlackId) {
        ChatIdentityStore cache = new ChatIdentityStore(app.database());
        Instant now = app.clock().instant();
        bySlackId.forEach((slackId, seller) -> cache.remember(new ChatIdentity(SlackPeople.PLATFORM, slackId, seller.id(), seller.email(), now)));
    }

    private record Round(int sent, int answered, int failed, long nanos, Latencies acks, Latencies answers) {}

    /** {@code count} requests shared among the clients; with {@code answered}, each waits for its answer before the next. */
    private Round round(LoopbackSlack slack, URI uri, int clients, int count, boolean answered) {
        Latencies acks = new Latencies(count);
        Latencies answers = new Latencies(count);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger answeredCount = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        long[] seeds = new long[clients];
        for (int i = 0; i < clients; i++) {
            seeds[i] = pick.nextLong();
        }
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Random own = new Random(seeds[c]);
            Thread client = new Thread(() -> {
                Signer signer = new Signer();
                while (next.getAndIncrement() < count) {
                    Seller seller = sellers.get(own.nextInt(sellers.size()));
                    long id = ids.incrementAndGet();
                    CompletableFuture<LoopbackSlack.Answer> answer = answered ? slack.expect(id) : null;
                    String body = slashCommand(seller, slack.responseUrl(id), id);
                    long sent = System.nanoTime();
                    try {
                        int status = BlockingHttpPost.post(uri, signer.headers(body), body.getBytes(StandardCharsets.UTF_8), REQUEST_TIMEOUT);
                        long acked = System.nanoTime();
                        synchronized (acks) {
                            acks.add(acked - sent);
                        }
                        if (status != 200) {
                            failed.incrementAndGet();
                            slack.forget(id);
                            continue;
                        }
                        if (answer != null) {
                            LoopbackSlack.Answer got = answer.get(ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                            synchronized (answers) {
                                answers.add(got.nanoTime() - sent);
                            }
                            (got.answered() ? answeredCount : failed).incrementAndGet();
                        }
                    } catch (IOException | ExecutionException | TimeoutException e) {
                        failed.incrementAndGet();
                        slack.forget(id);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "bench-http-client-" + c);
            threads.add(client);
            client.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the HTTP clients ran", e);
            }
        }
        long nanos = System.nanoTime() - start;
        return new Round(count, answeredCount.get(), failed.get(), nanos, acks, answers);
    }

    /** A {@code /bonus status} as Slack posts it: form-encoded, with the response URL the answer is to go to. */
    private static String slashCommand(Seller seller, String responseUrl, long id) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "bench-verification-token");
        form.put("team_id", LoopbackSlack.TEAM_ID);
        form.put("team_domain", "bench");
        form.put("channel_id", "C0BENCH01");
        form.put("channel_name", "sales");
        form.put("user_id", slackId(seller));
        form.put("user_name", seller.id());
        form.put("command", "/bonus");
        form.put("text", "status");
        form.put("api_app_id", "A0BENCH01");
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "bench." + id + ".trigger");
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Signs as Slack signs: v0= hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)); one per client thread. */
    private static final class Signer {
        private final Mac mac;

        Signer() {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(LoopbackSlack.SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        }

        Map<String, String> headers(String body) {
            String timestamp = Long.toString(Instant.now().getEpochSecond());
            String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
            return Map.of("Content-Type", "application/x-www-form-urlencoded",
                    "X-Slack-Request-Timestamp", timestamp,
                    "X-Slack-Signature", signature);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
