package app.bonusbot.cli;

import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.people.Directory;
import java.nio.file.Path;

/**
 * A problem the user can fix (unknown person, unreadable file): printed as one clear line, never a stack trace. It
 * carries the language it is written in, so that the {@code error:}/{@code fejl:} before it is in the same language
 * as the rest of the run.
 */
public final class UserError extends RuntimeException {

    private final int exitCode;
    private final Language language;

    /** An English diagnostic about a file, a variable or the setup. */
    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
        this.language = Language.EN;
    }

    public UserError(String message) {
        this(message, ExitCodes.FAILURE);
    }

    /** The text {@code key} in the language of the run. */
    UserError(int exitCode, Texts texts, String key, Object... args) {
        super(texts.get(key, args));
        this.exitCode = exitCode;
        this.language = texts.language();
    }

    UserError(Texts texts, String key, Object... args) {
        this(ExitCodes.FAILURE, texts, key, args);
    }

    /** {@code --person} names nobody: where people come from, and whom a typo probably meant. */
    static UserError noSuchPerson(String id, Path config, Directory directory, Texts texts) {
        return new UserError(texts, "cli.error.no_person", id, config.resolve("people.yaml"),
                directory.nearest(id).map(p -> texts.get("cli.error.did_you_mean", p.id(), p.name())).orElse(""));
    }

    public int exitCode() {
        return exitCode;
    }

    /** The line printed for it: {@code error: …} or {@code fejl: …}. */
    String line() {
        return Texts.of(language).get("cli.error", getMessage());
    }
}
