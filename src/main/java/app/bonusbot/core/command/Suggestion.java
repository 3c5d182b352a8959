package app.bonusbot.core.command;

import java.util.Locale;
import java.util.Objects;

/**
 * A value offered for a command option while someone types it: the name they read, and the value the option gets
 * when they pick it.
 */
public record Suggestion(String name, String value) {

    /** The longest name or value a chat platform takes (Discord's limit for both). */
    public static final int MAX_LENGTH = 100;

    public Suggestion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank() || name.length() > MAX_LENGTH || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a suggestion's name and value are 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** A name too long to show is cut with an ellipsis; the value is never cut, as a cut value would mean something else. */
    static Suggestion of(String name, String value) {
        String shown = name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH - 1).stripTrailing() + "…";
        return new Suggestion(shown, value);
    }

    /** Whether a value can be offered at all: one that does not fit would be refused by the platform. */
    static boolean fits(String value) {
        return value != null && !value.isBlank() && value.length() <= MAX_LENGTH;
    }

    /** Whether the name or the value contains what was typed, whatever the case; everything matches nothing typed. */
    boolean matches(String typed) {
        String wanted = lower(typed);
        return lower(name).contains(wanted) || lower(value).contains(wanted);
    }

    /** Whether the name or the value begins with what was typed, whatever the case: the likelier meaning. */
    boolean startsWith(String typed) {
        String wanted = lower(typed);
        return lower(name).startsWith(wanted) || lower(value).startsWith(wanted);
    }

    private static String lower(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
