package app.bonusbot.cli;

/** Exit codes of the bonusbot command, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INVALID_CONFIG = 3;
    public static final int IMPORT_REJECTED = 4;
    /** Slack refused a token (invalid_auth, not_authed, account_inactive, token_revoked): restarting will not help. */
    public static final int TOKEN_REFUSED = 5;
    /** Socket Mode found no connection to Slack for the give-up time (SLACK_GIVE_UP_SECONDS): a supervisor restarts it. */
    public static final int UNREACHABLE = 6;
    /** announce: the week is posted and recorded, but a part of it failed (its chart, the manager's copy, one platform). */
    public static final int POSTED_WITH_PROBLEMS = 7;
    /** Gave up waiting for another process to finish writing to the database (an import); nothing was written. */
    public static final int STORE_BUSY = 8;
    /** sync: HubSpot could not be reached or refused a request; what the pass committed before that stays, and the next pass goes on from there. */
    public static final int SYNC_FAILED = 9;
    /** {@code --by} names someone who may not take that step (not an admin); nothing was changed. */
    public static final int NOT_ALLOWED = 10;

    private ExitCodes() {}
}
