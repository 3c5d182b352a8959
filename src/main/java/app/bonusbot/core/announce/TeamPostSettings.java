package app.bonusbot.core.announce;

import app.bonusbot.core.schedule.CronSchedule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One team's weekly post, from posts.yaml.
 *
 * @param slackChannel a Slack channel id (C…); null when the team is not posted to in Slack
 * @param discordChannel a Discord channel id; null when not posted to in Discord
 * @param at when the post goes out, in the company's zone
 * @param managerDm whether the team's manager also gets the post as a direct message
 * @param milestones attainment levels of a member's own target worth announcing (1.0 = 100 %), ascending
 */
public record TeamPostSettings(String teamId, String slackChannel, String discordChannel, CronSchedule at, PostPrivacy privacy,
        boolean managerDm, List<BigDecimal> milestones) {

    public TeamPostSettings {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(privacy, "privacy");
        milestones = List.copyOf(milestones);
    }
}
