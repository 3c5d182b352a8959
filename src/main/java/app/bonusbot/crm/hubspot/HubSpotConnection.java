package app.bonusbot.crm.hubspot;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How to reach HubSpot: the address, the private app's token and how patiently to ask. The token comes from the
 * environment only ({@code HUBSPOT_TOKEN}) and never appears in a log line or a message.
 *
 * @param maxAttempts tries of one request (a 429, a 5xx or a network failure) before the pass fails
 * @param firstBackoff the wait after the first failed try; doubled each try, with jitter, up to {@code longestWait}
 * @param longestWait the longest single wait, Retry-After included
 * @param requestsPerTenSeconds HubSpot's rolling ten-second window for this token (100 on Free and Starter)
 * @param searchesPerSecond the search API's own, lower limit
 * @param lookback how far before the cursor an incremental pass starts again, for HubSpot's search index, which can
 *     show a change a few seconds after a later one
 * @param archivedEvery how often a timed pass also reads the deleted deals (a pass asked for always does)
 */
public record HubSpotConnection(URI baseUrl, String token, int maxAttempts, Duration firstBackoff, Duration longestWait, int requestsPerTenSeconds,
        int searchesPerSecond, Duration lookback, Duration archivedEvery) {

    public static final String TOKEN_VARIABLE = "HUBSPOT_TOKEN";
    public static final String URL_VARIABLE = "HUBSPOT_API_URL";
    /** The first wait after a failed request in milliseconds (default 1000), doubled each try: shorter for tests. */
    public static final String BACKOFF_VARIABLE = "HUBSPOT_BACKOFF_MS";
    public static final URI DEFAULT_URL = URI.create("https://api.hubapi.com/");

    public HubSpotConnection {
        String url = baseUrl.toString();
        baseUrl = url.endsWith("/") ? baseUrl : URI.create(url + "/");
    }

    /** HubSpot's own address and limits; empty when {@code HUBSPOT_TOKEN} is not set. */
    public static Optional<HubSpotConnection> fromEnvironment(Map<String, String> environment) {
        String token = environment.get(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String url = environment.get(URL_VARIABLE);
        URI base = url == null || url.isBlank() ? DEFAULT_URL : URI.create(url.trim());
        String backoff = environment.get(BACKOFF_VARIABLE);
        Duration first = backoff == null || !backoff.trim().matches("\\d{1,7}") ? Duration.ofSeconds(1) : Duration.ofMillis(Long.parseLong(backoff.trim()));
        return Optional.of(new HubSpotConnection(base, token.trim(), 6, first, Duration.ofMinutes(2), 100, 4,
                Duration.ofSeconds(60), Duration.ofMinutes(10)));
    }

    /** Never the token. */
    @Override
    public String toString() {
        return "HubSpot at " + baseUrl;
    }
}
