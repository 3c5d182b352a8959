package app.bonusbot.cli;

/** Exit codes of the bonusbot command, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INVALID_CONFIG = 3;
    public static final int IMPORT_REJECTED = 4;

    private ExitCodes() {}
}
