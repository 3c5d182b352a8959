package app.bonusbot.core.announce;

import app.bonusbot.core.people.ChatPlatform;
import app.bonusbot.core.schedule.CronSchedule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One team's weekly post, from posts.yaml.
 *
 * @param channels the channel id on each platform the team is posted to in (a Slack C… id, a Discord snowflake);
 *     a null id counts as none
 * @param at when the post goes out, in the company's zone
 * @param managerDm whether the team's manager also gets the post as a direct message
 * @param milestones attainment levels of a member's own target worth announcing (1.0 = 100 %), ascending
 */
public record TeamPostSettings(String teamId, Map<ChatPlatform, String> channels, CronSchedule at, PostPrivacy privacy, boolean managerDm,
        List<BigDecimal> milestones) {

    public TeamPostSettings {
        Objects.requireNonNull(teamId, "teamId");
        channels = ChatPlatform.present(Objects.requireNonNull(channels, "channels"));
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(privacy, "privacy");
        milestones = List.copyOf(milestones);
    }

    /** The team's channel on the platform; empty when the team is not posted to there. */
    public Optional<String> channel(ChatPlatform platform) {
        return Optional.ofNullable(channels.get(platform));
    }
}
