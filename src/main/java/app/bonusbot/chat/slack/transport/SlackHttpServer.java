package app.bonusbot.chat.slack.transport;

import app.bonusbot.chat.SharedDeliveries;
import app.bonusbot.crm.hubspot.webhook.HubSpotWebhooks;
import com.slack.api.bolt.App;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode (Bolt's Jetty adapter is not published for this Bolt version): Slack posts slash commands, events and
 * interactivity to {@value #EVENTS_PATH}; a load balancer checks {@value #HEALTH_PATH}; HubSpot, when its webhooks are
 * set up, posts deal changes to {@value HubSpotWebhooks#PATH} (checked and answered on the connection's thread: an HMAC
 * and a flag, no Bolt work). Everything else is 404,
 * another method 405. Reading is kept apart from working: {@link HttpConnections} reads each request completely
 * within {@link #READ_TIMEOUT} on a thread of the connection's own, and only then does Bolt's work run on a bounded
 * pool. So slow or stalled clients cannot occupy that pool; when it and its queue are full with genuine work the
 * request is answered 503, and Slack shows the user an error rather than the bot falling over.
 */
public final class SlackHttpServer implements SlackTransport {

    public static final String EVENTS_PATH = "/slack/events";
    public static final String HEALTH_PATH = "/health";
    /** Slack's largest payloads (a modal's state, an event with blocks) are tens of kilobytes. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Slack's signature timestamps are valid this long (Bolt's RequestVerification). */
    static final Duration SIGNATURE_WINDOW = Duration.ofMinutes(5);
    /**
     * How long a request, headers and body, may take to arrive after its connection opened. Slack gives up on an ack
     * after 3 seconds anyway, and its requests are a few kilobytes.
     */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    /** Open connections, most of them only ever waiting for stalled clients; far more than Slack and a load balancer use. */
    static final int MAX_CONNECTIONS = 256;
    private static final int THREADS = 16;
    private static final int QUEUE = 64;
    private static final Duration GRACE = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(SlackHttpServer.class);

    private final App app;
    private final String signingSecret;
    private final InetSocketAddress address;
    private final Clock clock;
    private final HubSpotWebhooks webhooks;
    /** Whether the store answers, asked by the health check: a replica that cannot reach it should get no traffic. */
    private final BooleanSupplier storeReachable;
    private final SharedDeliveries shared;
    private volatile boolean stopping;
    private HttpConnections server;
    private ThreadPoolExecutor workers;
    private SlackEventsEndpoint events;

    /**
     * @param address where to listen, e.g. {@code new InetSocketAddress(3000)} for every interface; port 0 picks a
     *     free one (see {@link #port()})
     */
    public SlackHttpServer(App app, String signingSecret, InetSocketAddress address) {
        this(app, signingSecret, address, Clock.systemUTC(), null);
    }

    /**
     * @param webhooks HubSpot's deal changes on the same listener; null to answer that path 404
     * @param shared the memory of deliveries every bot process on the store shares: a request signature accepted by
     *     one is refused by all within Slack's 5-minute window
     * @param storeReachable whether the store can be reached now (cheap: a {@code store.StoreProbe}); {@value #HEALTH_PATH}
     *     answers 503 while it says no
     */
    public SlackHttpServer(App app, String signingSecret, InetSocketAddress address, HubSpotWebhooks webhooks, SharedDeliveries shared,
            BooleanSupplier storeReachable) {
        this(app, signingSecret, address, Clock.systemUTC(), webhooks, shared, storeReachable);
    }

    SlackHttpServer(App app, String signingSecret, InetSocketAddress address, Clock clock, HubSpotWebhooks webhooks) {
        this(app, signingSecret, address, clock, webhooks, SharedDeliveries.THIS_PROCESS_ONLY, () -> true);
    }

    SlackHttpServer(App app, String signingSecret, InetSocketAddress address, Clock clock, HubSpotWebhooks webhooks, SharedDeliveries shared,
            BooleanSupplier storeReachable) {
        this.shared = shared;
        this.app = app;
        this.signingSecret = signingSecret;
        this.address = address;
        this.clock = clock;
        this.webhooks = webhooks;
        this.storeReachable = storeReachable;
    }

    @Override
    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        requireUtf8(Charset.defaultCharset());
        SlackPreflight.botToken(app);
        app.start();
        BoltHttpRequests requests = new BoltHttpRequests(app);
        RequestVerificationProbe.check(app, requests, signingSecret, clock);
        events = new SlackEventsEndpoint(app, requests, new ReplayGuard(clock, SIGNATURE_WINDOW, shared));
        workers = boundedPool();
        try {
            server = HttpConnections.listen(address, new HttpConnections.Limits(READ_TIMEOUT, MAX_CONNECTIONS, MAX_BODY_BYTES), this::route);
        } catch (IOException e) {
            workers.shutdown();
            throw new SlackStartException("cannot listen on port " + address.getPort() + ": " + e.getMessage()
                    + ". Pick a free port with --http PORT.");
        }
    }

    /** The port listened on; the chosen one when started on port 0. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.port();
    }

    @Override
    public String description() {
        return describe(server == null ? address.getPort() : port());
    }

    static String describe(int port) {
        return "Slack in HTTP mode on port " + port + " at " + EVENTS_PATH;
    }

    @Override
    public synchronized void close() {
        if (server == null || stopping) {
            return;
        }
        stopping = true;
        try {
            if (!server.awaitAnswered(GRACE)) {
                LOG.warn("Stopping with {} Slack requests still running after {} s", server.answering(), GRACE.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        workers.shutdown();
        AppExecutor.drain(app, GRACE);
        app.stop();
    }

    /**
     * Bolt checks a signature over the request text encoded in Java's default charset (SlackSignature.Generator
     * calls String.getBytes()), while Slack signs UTF-8 bytes: on any other default every request with æ, ø or å in
     * it (an App Home event carries the home view's text) would be refused as forged.
     */
    static void requireUtf8(Charset defaultCharset) {
        if (!StandardCharsets.UTF_8.equals(defaultCharset)) {
            throw new SlackStartException("HTTP mode needs Java's default charset to be UTF-8, and it is " + defaultCharset
                    + ": Slack's signatures would not match requests with non-ASCII text. Start Java with -Dfile.encoding=UTF-8"
                    + " (java -Dfile.encoding=UTF-8 -jar target/bonusbot.jar --http PORT) or set a UTF-8 locale such as LANG=C.UTF-8.");
        }
    }

    /** On the connection's thread; Bolt's work goes to the bounded pool, the rest is answered right here. */
    private HttpAnswer route(IncomingRequest request) {
        String path = request.path();
        if (EVENTS_PATH.equals(path)) {
            return stopping ? HttpAnswer.plain(503, "Stopping\n") : onWorkers(request);
        } else if (HEALTH_PATH.equals(path)) {
            return health(request.method());
        } else if (webhooks != null && HubSpotWebhooks.PATH.equals(path)) {
            return stopping ? HttpAnswer.bodiless(503) : hubspot(request);
        }
        return HttpAnswer.plain(404, "Not found: Slack's requests go to " + EVENTS_PATH + "\n");
    }

    private HttpAnswer onWorkers(IncomingRequest request) {
        Future<HttpAnswer> work;
        try {
            work = workers.submit(() -> events.handle(request));
        } catch (RejectedExecutionException full) {
            LOG.warn("Slack request refused with 503: {} are running and {} waiting", THREADS, QUEUE);
            return HttpAnswer.plain(503, "Busy\n");
        }
        try {
            return work.get();
        } catch (ExecutionException e) {
            LOG.error("Slack request failed", e.getCause());
            return HttpAnswer.plain(500, "Internal error\n");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            work.cancel(true);
            return HttpAnswer.plain(503, "Stopping\n");
        }
    }

    private HttpAnswer hubspot(IncomingRequest request) {
        String query = request.uri().getRawQuery();
        String target = request.uri().getRawPath() + (query == null ? "" : "?" + query);
        int status = webhooks.handle(request.method(), target, request::header, request.body());
        return status == 405 ? HttpAnswer.bodiless(405).withHeader("Allow", "POST") : HttpAnswer.bodiless(status);
    }

    private HttpAnswer health(String method) {
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return HttpAnswer.plain(405, method + " is not allowed here\n").withHeader("Allow", "GET, HEAD");
        } else if (stopping) {
            return HttpAnswer.plain(503, "stopping\n");
        } else if (!storeReachable.getAsBoolean()) {
            return HttpAnswer.plain(503, "store unreachable\n");
        }
        return HttpAnswer.plain(200, "ok\n");
    }

    private static ThreadPoolExecutor boundedPool() {
        AtomicInteger number = new AtomicInteger();
        return new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
            Thread thread = new Thread(runnable, "slack-http-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
