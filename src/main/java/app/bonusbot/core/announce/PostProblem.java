package app.bonusbot.core.announce;


/**
 * A part of a team post that failed after the post itself went out: its chart, the manager's copy, one platform of
 * two. The week stays posted; the problem is logged and reported, never retried as a new post.
 *
 * @param part what did not go out, e.g. "the chart in Slack", "the manager's direct message"
 * @param reason why, in a sentence: the platform's refusal, or the unexpected error
 * @param expected whether the platform refused or could not be reached (as opposed to a fault of the bot)
 */
public record PostProblem(String part, String reason, boolean expected) {

    static PostProblem of(String part, RuntimeException error) {
        boolean expected = error instanceof ChatPlatformFailure;
        String message = error.getMessage();
        String reason = expected && message != null ? message
                : "unexpected " + error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return new PostProblem(part, reason, expected);
    }

    /** "the chart in Slack failed: files.getUploadURLExternal failed: …" */
    public String sentence() {
        return part + " failed: " + reason;
    }
}
