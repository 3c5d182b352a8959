package app.bonusbot.crm.hubspot;

import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What HubSpot's rate-limit headers said on the last answer: {@code X-HubSpot-RateLimit-Daily},
 * {@code -Daily-Remaining}, {@code -Max} and {@code -Remaining} (the rolling window of
 * {@code -Interval-Milliseconds}). A header HubSpot did not send is empty.
 */
public record RateHeadroom(OptionalLong daily, OptionalLong dailyRemaining, OptionalLong windowMax, OptionalLong windowRemaining,
        OptionalLong windowMillis) {

    public static final RateHeadroom UNKNOWN = new RateHeadroom(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
            OptionalLong.empty(), OptionalLong.empty());

    /** Below this share of the daily limit left, the sync says so. */
    static final double NEAR = 0.10;

    static RateHeadroom of(HttpHeaders headers) {
        return new RateHeadroom(number(headers, "X-HubSpot-RateLimit-Daily"), number(headers, "X-HubSpot-RateLimit-Daily-Remaining"),
                number(headers, "X-HubSpot-RateLimit-Max"), number(headers, "X-HubSpot-RateLimit-Remaining"),
                number(headers, "X-HubSpot-RateLimit-Interval-Milliseconds"));
    }

    /** True when HubSpot reported the daily limit and less than a tenth of it is left. */
    public boolean dailyNearlyUsed() {
        return daily.isPresent() && dailyRemaining.isPresent() && dailyRemaining.getAsLong() < daily.getAsLong() * NEAR;
    }

    /** e.g. {@code 4,812 of 250,000 requests left today}; empty when HubSpot did not say. */
    public Optional<String> describeDaily() {
        if (daily.isEmpty() || dailyRemaining.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.format(java.util.Locale.ROOT, "%,d of %,d requests left today", dailyRemaining.getAsLong(), daily.getAsLong()));
    }

    private static OptionalLong number(HttpHeaders headers, String name) {
        Optional<String> value = headers.firstValue(name);
        try {
            return value.isPresent() ? OptionalLong.of(Long.parseLong(value.get().trim())) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
