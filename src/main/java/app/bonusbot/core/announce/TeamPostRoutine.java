package app.bonusbot.core.announce;

import app.bonusbot.core.schedule.RetryLater;
import app.bonusbot.core.schedule.Routine;
import app.bonusbot.core.schedule.Schedule;
import java.time.ZonedDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One team's weekly post at the time posts.yaml gives; each week is posted once per platform, by whichever process claims it there. */
final class TeamPostRoutine implements Routine {

    private static final Logger log = LoggerFactory.getLogger(TeamPostRoutine.class);

    private final TeamPosts posts;
    private final TeamPostSettings team;

    TeamPostRoutine(TeamPosts posts, TeamPostSettings team) {
        this.posts = posts;
        this.team = team;
    }

    @Override
    public String name() {
        return "team-post:" + team.teamId();
    }

    @Override
    public Schedule schedule() {
        return team.at();
    }

    @Override
    public void run(ZonedDateTime occurrence) {
        PostOutcome outcome = posts.post(team.teamId(), occurrence, PostClaims.Source.SCHEDULE);
        if (outcome instanceof PostOutcome.NotReached) {
            log.info("team post {}: no channel for it on the platform this process posts to (posts.yaml); left to a process that has one",
                    team.teamId());
        }
        if (outcome instanceof PostOutcome.Posted posted && !posted.freedOn().isEmpty()) {
            // Posted where it went; the week is free again on the platform that failed, so the occurrence is tried again there.
            throw new IllegalStateException("week posted on " + String.join(" and ", posted.postedOn()) + ", but not on "
                    + String.join(" and ", posted.freedOn()) + ", which is tried again");
        }
        if (outcome instanceof PostOutcome.InProgress busy) {
            throw new RetryLater("another process claimed week " + busy.existing().week() + " at " + busy.existing().claimedAt()
                    + " and has not marked it sent yet");
        }
    }
}
