package app.bonusbot.cli;

/** A problem the user can fix (unknown person, unreadable file): printed as one clear line, never a stack trace. */
public final class UserError extends RuntimeException {

    private final int exitCode;

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserError(String message) {
        this(message, ExitCodes.FAILURE);
    }

    public int exitCode() {
        return exitCode;
    }
}
