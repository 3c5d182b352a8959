package app.bonusbot.core.command;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A word that only groups sub-commands ({@code admin status}, {@code survey results}) and is no command by itself. */
public enum CommandGroup {
    ADMIN("admin", "error.admin_usage"),
    SURVEY("survey", "error.survey_usage"),
    /** {@code dispute resolve}; {@code dispute} followed by anything else opens a case ({@code dispute open}). */
    DISPUTE("dispute", "error.dispute_usage");

    private final String word;
    private final String usageKey;

    CommandGroup(String word, String usageKey) {
        this.word = word;
        this.usageKey = usageKey;
    }

    public String word() {
        return word;
    }

    /** The reason given for the group's word without one of its sub-commands after it. */
    public String usageKey() {
        return usageKey;
    }

    /** Its sub-commands, in catalogue order. */
    public List<SubCommand> subCommands() {
        return Arrays.stream(SubCommand.values()).filter(s -> s.group().orElse(null) == this).toList();
    }

    public static Optional<CommandGroup> named(String word) {
        return Arrays.stream(values()).filter(g -> g.word.equals(word)).findFirst();
    }
}
