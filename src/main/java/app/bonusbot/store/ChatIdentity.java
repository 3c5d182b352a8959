package app.bonusbot.store;

import java.time.Instant;
import java.util.Objects;

/**
 * What a chat platform's user id was found to mean, e.g. a Slack user looked up by e-mail.
 *
 * @param platform {@code slack}, {@code discord}, ...
 * @param personId null when the lookup matched nobody (cached too, so the bot does not ask again at once)
 * @param email the e-mail the platform reported; null when it reported none
 */
public record ChatIdentity(String platform, String chatUserId, String personId, String email, Instant resolvedAt) {
    public ChatIdentity {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatUserId, "chatUserId");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
    }
}
