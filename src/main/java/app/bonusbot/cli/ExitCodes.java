package app.bonusbot.cli;

/** Exit codes of the bonusbot command, documented in the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INVALID_CONFIG = 3;
    public static final int IMPORT_REJECTED = 4;
    /** Gave up waiting for another process to finish writing to the database (an import); nothing was written. */
    public static final int STORE_BUSY = 5;

    private ExitCodes() {}
}
