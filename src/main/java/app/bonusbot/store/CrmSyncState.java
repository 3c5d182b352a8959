package app.bonusbot.store;

import java.time.Instant;
import java.util.Optional;

/**
 * What the store knows of a CRM sync: its cursor, the portal, the last success and failure, and the rate-limit
 * headroom HubSpot last reported.
 *
 * @param failingSince the start of the current run of failed passes; empty after a success
 * @param dailyLimit the requests a day HubSpot allows the token, as last reported; empty when not reported
 */
public record CrmSyncState(String source, CrmCursor cursor, Optional<String> portal, Optional<Instant> lastSuccessAt, Optional<String> lastError,
        Optional<Instant> failingSince, Optional<Long> dailyLimit, Optional<Long> dailyRemaining, Optional<Instant> headroomAt) {}
