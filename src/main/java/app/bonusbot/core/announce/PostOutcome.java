package app.bonusbot.core.announce;

import app.bonusbot.core.announce.PostClaims.PostRecord;
import java.util.List;

/** What became of a request to post a team's week. */
public sealed interface PostOutcome {

    /**
     * Posted now, and recorded. {@code problems} are the parts that failed after the channel took the post (its chart,
     * the manager's copy, one platform of two); the week stays posted all the same.
     */
    record Posted(PreparedPost post, List<PostProblem> problems) implements PostOutcome {
        public Posted {
            problems = List.copyOf(problems);
        }
    }

    /** The week was posted already; nothing was posted again. */
    record AlreadyPosted(PostRecord existing) implements PostOutcome {}

    /** Another process is posting the week right now (or died doing so, and the claim is not stale yet). */
    record InProgress(PostRecord existing) implements PostOutcome {}

    /**
     * No platform this process posts to has a channel for the team (a Discord-only team in a Slack-only process);
     * nothing is claimed, so a process that does reach the team posts the week.
     */
    record NotReached(String teamId) implements PostOutcome {}
}
