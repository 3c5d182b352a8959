package app.bonusbot.slack.transport;

import com.slack.api.bolt.App;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode on the JDK's own HTTP server (Bolt's Jetty adapter is not published for this Bolt version): Slack posts
 * slash commands, events and interactivity to {@value #EVENTS_PATH}; a load balancer checks {@value #HEALTH_PATH}.
 * Everything else is 404, another method 405. Requests run on a bounded pool; when it and its queue are full the
 * JDK server closes the connection, and Slack shows the user an error rather than the bot falling over.
 */
public final class SlackHttpServer implements SlackTransport {

    public static final String EVENTS_PATH = "/slack/events";
    public static final String HEALTH_PATH = "/health";
    /** Slack's largest payloads (a modal's state, an event with blocks) are tens of kilobytes. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Slack's signature timestamps are valid this long (Bolt's RequestVerification). */
    static final Duration SIGNATURE_WINDOW = Duration.ofMinutes(5);
    private static final int THREADS = 16;
    private static final int QUEUE = 64;
    private static final Duration GRACE = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(SlackHttpServer.class);

    private final App app;
    private final String signingSecret;
    private final InetSocketAddress address;
    private final Clock clock;
    private final InFlight inFlight = new InFlight();
    private volatile boolean stopping;
    private HttpServer server;
    private ThreadPoolExecutor executor;

    /**
     * @param address where to listen, e.g. {@code new InetSocketAddress(3000)} for every interface; port 0 picks a
     *     free one (see {@link #port()})
     */
    public SlackHttpServer(App app, String signingSecret, InetSocketAddress address) {
        this(app, signingSecret, address, Clock.systemUTC());
    }

    SlackHttpServer(App app, String signingSecret, InetSocketAddress address, Clock clock) {
        this.app = app;
        this.signingSecret = signingSecret;
        this.address = address;
        this.clock = clock;
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
        SlackEventsEndpoint events = new SlackEventsEndpoint(app, requests, new ReplayGuard(clock, SIGNATURE_WINDOW), MAX_BODY_BYTES);
        HttpServer created;
        try {
            created = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new SlackStartException("cannot listen on port " + address.getPort() + ": " + e.getMessage()
                    + ". Pick a free port with --http PORT.");
        }
        executor = boundedPool();
        created.setExecutor(executor);
        created.createContext("/", exchange -> route(exchange, events));
        created.start();
        server = created;
    }

    /** The port listened on; the chosen one when started on port 0. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getAddress().getPort();
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
            if (!inFlight.awaitIdle(GRACE)) {
                LOG.warn("Stopping with {} Slack requests still running after {} s", inFlight.count(), GRACE.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The JDK's stop(delay) always waits the whole delay on Java 17; requests were awaited above.
        server.stop(0);
        executor.shutdown();
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

    private void route(HttpExchange exchange, SlackEventsEndpoint events) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (EVENTS_PATH.equals(path)) {
                if (stopping) {
                    PlainResponse.send(exchange, 503, "Stopping\n");
                    return;
                }
                inFlight.enter();
                try {
                    events.handle(exchange);
                } finally {
                    inFlight.exit();
                }
            } else if (HEALTH_PATH.equals(path)) {
                health(exchange);
            } else {
                PlainResponse.send(exchange, 404, "Not found: Slack's requests go to " + EVENTS_PATH + "\n");
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Slack HTTP request on {} failed: {}", exchange.getRequestURI().getPath(), e.toString());
            throw e;
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            PlainResponse.send(exchange, 405, method + " is not allowed here\n");
        } else if (stopping) {
            PlainResponse.send(exchange, 503, "stopping\n");
        } else {
            PlainResponse.send(exchange, 200, "ok\n");
        }
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
