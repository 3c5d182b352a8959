package app.bonusbot.core.announce;

import app.bonusbot.core.announce.PostClaims.Claim;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far one copy of a team's post got. For the channel copy it holds the week's claim and records the week as
 * posted in its {@link PostClaims} the moment a platform takes the message, before any later step can fail; what fails after that
 * is collected as a {@link PostProblem} and logged once.
 */
final class PostProgress implements PostDelivery.Receipt {

    private static final Logger log = LoggerFactory.getLogger(TeamPosts.class);

    private final PostClaims posts;
    private final Optional<Claim> claim;
    private final String copy;
    private final String teamId;
    private final String week;
    private final List<PostProblem> problems;
    private boolean posted;
    private RuntimeException notRecorded;

    /**
     * @param claim the week's claim, marked sent at {@link #posted()}; empty for a copy that records nothing
     * @param copy the copy, as part of a problem's sentence: empty for the channel, "the manager's direct message"
     * @param problems where the copy's problems go
     */
    PostProgress(PostClaims posts, Optional<Claim> claim, String copy, String teamId, String week, List<PostProblem> problems) {
        this.posts = posts;
        this.claim = claim;
        this.copy = copy;
        this.teamId = teamId;
        this.week = week;
        this.problems = problems;
    }

    boolean isPosted() {
        return posted;
    }

    @Override
    public void posted() {
        if (posted) {
            return;
        }
        posted = true;
        claim.ifPresent(this::record);
    }

    /** @param part null for the whole copy (the manager's direct message that could not be sent) */
    @Override
    public void partFailed(String part, RuntimeException error) {
        PostProblem problem = PostProblem.of(copy.isEmpty() ? part : part == null ? copy : part + " (" + copy + ")", error);
        problems.add(problem);
        if (problem.expected()) {
            log.warn("team post {} {}: posted, but {}", teamId, week, problem.sentence());
        } else {
            log.warn("team post {} {}: posted, but {}", teamId, week, problem.sentence(), error);
        }
    }

    /**
     * A second try for a week the store could not record at the moment of posting (a busy or failing database): the
     * post stands either way, so a failure here is a problem, not a reason to post again.
     */
    void recordIfNotYet() {
        if (notRecorded == null) {
            return;
        }
        RuntimeException first = notRecorded;
        notRecorded = null;
        claim.ifPresent(this::record);
        if (notRecorded != null) {
            notRecorded.addSuppressed(first);
            partFailed("recording the week as posted (another process may post it again once the claim is "
                    + PostClaims.STALE_AFTER.toMinutes() + " minutes old)", notRecorded);
        }
    }

    private void record(Claim claim) {
        try {
            if (!posts.markSent(claim)) {
                log.warn("team post {} {}: posted, but another process had taken the week over meanwhile; it may be posted twice", teamId, week);
            }
        } catch (RuntimeException e) {
            notRecorded = e;
        }
    }
}
