package app.bonusbot.imports;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code hubspot:} section of settings.yaml: the live sync from HubSpot's API. The deal values (deal types, owners,
 * won and lost stages) are read through the same mapping as the CSV export ({@code import.hubspot}, {@link DealMapping}),
 * so one mapping serves both.
 *
 * @param sync whether the bot syncs when {@code HUBSPOT_TOKEN} is set
 * @param pollInterval how often an incremental pass asks HubSpot for changes
 * @param pipelines the pipelines whose deals count, by id or label (case-insensitive); empty for all
 */
public record HubSpotSyncSettings(boolean sync, Duration pollInterval, Set<String> pipelines) {

    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(30);
    public static final HubSpotSyncSettings DEFAULT = new HubSpotSyncSettings(true, DEFAULT_POLL_INTERVAL, Set.of());

    public HubSpotSyncSettings {
        Objects.requireNonNull(pollInterval, "pollInterval");
        pipelines = pipelines.stream().map(p -> p.trim().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether a pipeline's deals count: listed by its id or its label, or no pipelines listed at all. */
    public boolean counts(String pipelineId, String pipelineLabel) {
        return pipelines.isEmpty() || matches(pipelineId) || matches(pipelineLabel);
    }

    private boolean matches(String value) {
        return value != null && pipelines.contains(value.trim().toLowerCase(java.util.Locale.ROOT));
    }
}
