package app.bonusbot.crm.hubspot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HubSpot's REST API on the JDK's HTTP client, JSON through Jackson. Keeps under the rolling ten-second window and
 * the search API's per-second limit on its own; a 429 waits as long as Retry-After says (or the window), a 5xx or a
 * network failure is tried again after a doubling wait with jitter, up to the connection's attempts. Every answer's
 * rate-limit headers are kept ({@link #headroom()}).
 */
public final class HubSpotClient {

    private static final Logger log = LoggerFactory.getLogger(HubSpotClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    private final HubSpotConnection connection;
    private final HttpClient http;
    private final Sleeper sleeper;
    private final RollingWindow window;
    private final RollingWindow searches;
    private final AtomicLong requests = new AtomicLong();
    private volatile RateHeadroom headroom = RateHeadroom.UNKNOWN;
    private volatile boolean warnedDaily;

    public HubSpotClient(HubSpotConnection connection) {
        this(connection, Sleeper.REAL);
    }

    public HubSpotClient(HubSpotConnection connection, Sleeper sleeper) {
        this.connection = connection;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.window = new RollingWindow(connection.requestsPerTenSeconds(), TEN_SECONDS, System::nanoTime);
        this.searches = new RollingWindow(connection.searchesPerSecond(), Duration.ofSeconds(1), System::nanoTime);
    }

    public HubSpotConnection connection() {
        return connection;
    }

    /** What HubSpot's headers said last. */
    public RateHeadroom headroom() {
        return headroom;
    }

    /** Requests sent so far, retries included. */
    public long requests() {
        return requests.get();
    }

    JsonNode get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET(), pathAndQuery, false);
    }

    JsonNode post(String path, JsonNode body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)), path, path.endsWith("/search"));
    }

    private URI uri(String pathAndQuery) {
        return connection.baseUrl().resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    private JsonNode send(HttpRequest.Builder request, String what, boolean search) {
        HttpRequest built = request.header("Authorization", "Bearer " + connection.token()).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).build();
        String failure = null;
        for (int attempt = 1; attempt <= connection.maxAttempts(); attempt++) {
            Duration wait;
            try {
                window.acquire(sleeper);
                if (search) {
                    searches.acquire(sleeper);
                }
                requests.incrementAndGet();
                HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                note(RateHeadroom.of(response.headers()));
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
                }
                String message = message(response.body());
                if (status == 429) {
                    if (message.toLowerCase(java.util.Locale.ROOT).contains("daily")) {
                        throw new HubSpotException("HubSpot's daily API limit is used up (" + message + "); the sync goes on tomorrow", status);
                    }
                    failure = "HubSpot kept answering 429 Too Many Requests (" + message + ")";
                    wait = retryAfter(response).orElse(Duration.ofMillis(headroom.windowMillis().orElse(TEN_SECONDS.toMillis())));
                    wait = max(wait, backoff(attempt));
                } else if (status >= 500) {
                    failure = "HubSpot answered " + status + " (" + message + ")";
                    wait = backoff(attempt);
                } else {
                    throw refused(status, message, what);
                }
            } catch (IOException e) {
                failure = "HubSpot cannot be reached at " + connection.baseUrl() + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
                wait = backoff(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HubSpotException("the sync was stopped while it talked to HubSpot", e);
            }
            if (attempt < connection.maxAttempts()) {
                log.info("{} on {}; trying again in {} ms (attempt {} of {})", failure, what, wait.toMillis(), attempt + 1, connection.maxAttempts());
                try {
                    sleeper.sleep(min(wait, connection.longestWait()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new HubSpotException("the sync was stopped while it waited for HubSpot", e);
                }
            }
        }
        throw new HubSpotException(failure + "; gave up after " + connection.maxAttempts() + " attempts", 0);
    }

    private void note(RateHeadroom seen) {
        if (seen.daily().isPresent() || seen.windowMax().isPresent()) {
            headroom = seen;
        }
        if (seen.dailyNearlyUsed() && !warnedDaily) {
            warnedDaily = true;
            log.warn("HubSpot's daily API limit is nearly used: {}", seen.describeDaily().orElse(""));
        }
    }

    /** The doubling wait after the attempt-th failure, with jitter: between half and all of it, so that clients spread out. */
    Duration backoff(int attempt) {
        long full = connection.firstBackoff().toMillis() << Math.min(attempt - 1, 16);
        long capped = Math.min(full, connection.longestWait().toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (capped - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped - half + 1)));
    }

    private static Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(v.trim()) * 1000)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static HubSpotException refused(int status, String message, String what) {
        String path = what.contains("?") ? what.substring(0, what.indexOf('?')) : what;
        return switch (status) {
            case 401 -> new HubSpotException("HubSpot refused the token in HUBSPOT_TOKEN (401: " + message + "); create a new one in the private app", status);
            case 403 -> new HubSpotException("HubSpot denied " + path + " (403: " + message + "); the private app probably lacks a scope"
                    + " (README, Connect HubSpot)", status);
            default -> new HubSpotException("HubSpot refused " + path + " (" + status + ": " + message + ")", status);
        };
    }

    /** HubSpot's error bodies carry a {@code message}; anything else is quoted briefly. */
    private static String message(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.hasNonNull("message")) {
                return node.get("message").asText();
            }
        } catch (IOException | RuntimeException notJson) {
            // quoted below
        }
        String text = body == null ? "" : body.strip();
        return text.isEmpty() ? "no message" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
