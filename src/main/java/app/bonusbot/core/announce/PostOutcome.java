package app.bonusbot.core.announce;

import app.bonusbot.core.announce.PostClaims.PostRecord;
import java.util.List;

/** What became of a request to post a team's week. */
public sealed interface PostOutcome {

    /**
     * Posted now, and recorded, on each platform of {@code postedOn}. {@code problems} are the parts that failed: after a
     * channel took the post (its chart, the manager's copy), or one platform of several failing before it took it;
     * the week stays posted where it was all the same.
     *
     * @param postedOn the platforms whose week this post claimed and posted: "Slack", "Discord"
     * @param freedOn the platforms whose channel post failed before the platform took it: their week is free again, to
     *     be tried again there
     */
    record Posted(PreparedPost post, List<PostProblem> problems, List<String> postedOn, List<String> freedOn) implements PostOutcome {
        public Posted {
            problems = List.copyOf(problems);
            postedOn = List.copyOf(postedOn);
            freedOn = List.copyOf(freedOn);
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
