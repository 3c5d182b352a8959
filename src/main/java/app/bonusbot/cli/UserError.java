package app.bonusbot.cli;

import app.bonusbot.core.people.Directory;
import java.nio.file.Path;

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

    /** {@code --person} names nobody: where people come from, and whom a typo probably meant. */
    static UserError noSuchPerson(String id, Path config, Directory directory) {
        return new UserError("--person: no person with id '" + id + "' (see " + config.resolve("people.yaml") + " or import people)"
                + directory.nearest(id).map(p -> "; did you mean " + p.id() + " (" + p.name() + ")?").orElse(""));
    }

    public int exitCode() {
        return exitCode;
    }
}
