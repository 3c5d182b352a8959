package app.bonusbot.core.dispute;

import java.util.Optional;

/**
 * settings.yaml {@code disputes:}: the private channels that get sales ops' notices of new cases, per platform. A
 * platform without one notifies every admin by direct message.
 */
public record DisputeSettings(Optional<String> slackChannel, Optional<String> discordChannel) {

    public static final DisputeSettings NONE = new DisputeSettings(Optional.empty(), Optional.empty());
}
