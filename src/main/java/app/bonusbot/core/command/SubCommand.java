package app.bonusbot.core.command;

import static app.bonusbot.core.command.OptionSpec.optional;
import static app.bonusbot.core.command.OptionSpec.required;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of {@code /bonus}: every sub-command, in the order chat platforms list them, with its options in the
 * order they are typed after it. The text parser ({@link CommandParser}), the structured options of platforms that
 * send them ({@link CommandOptions}), the suggestions while typing ({@link OptionSuggestions}) and Discord's command
 * definition all read their names, options and order from here, so an option is added in one place. Both readers
 * switch over every constant, so a new sub-command does not compile until each knows how to read it.
 */
public enum SubCommand {
    STATUS(null, "status", List.of(), optional(OptionKind.PERIOD)),
    EXPLAIN(null, "explain", List.of(), optional(OptionKind.PLAN), optional(OptionKind.PERIOD)),
    WHATIF(null, "whatif", List.of("what-if"), required(OptionKind.AMOUNT), optional(OptionKind.DEAL_TYPE)),
    TEAM(null, "team", List.of(), optional(OptionKind.PERIOD)),
    STATEMENT(null, "statement", List.of("opgørelse", "opgoerelse"), optional(OptionKind.PERIOD)),
    HELP(null, "help", List.of("hjælp", "hjaelp")),
    FEEDBACK(null, "feedback", List.of(), optional(OptionKind.QUESTION), optional(OptionKind.ANSWER)),
    APPROVE(null, "approve", List.of("godkend"), optional(OptionKind.PERIOD)),
    DISPUTES(null, "disputes", List.of("sager")),
    /** Admins only: the plan health report. */
    REPORT(null, "report", List.of("rapport"), optional(OptionKind.PERIOD)),
    ADMIN_STATUS(CommandGroup.ADMIN, "status", List.of(), required(OptionKind.PERSON), optional(OptionKind.PERIOD)),
    ADMIN_STATEMENT(CommandGroup.ADMIN, "statement", List.of(), required(OptionKind.PERSON), optional(OptionKind.PERIOD)),
    SURVEY_RESULTS(CommandGroup.SURVEY, "results", List.of(), optional(OptionKind.SURVEY)),
    /** Typed as {@code dispute <text>}: the group's word followed by anything but {@code resolve} opens a case. */
    DISPUTE_OPEN(CommandGroup.DISPUTE, "open", List.of(), required(OptionKind.TEXT), optional(OptionKind.DEAL), optional(OptionKind.PLAN)),
    DISPUTE_RESOLVE(CommandGroup.DISPUTE, "resolve", List.of(), required(OptionKind.CASE), required(OptionKind.ANSWER), optional(OptionKind.DECISION),
            optional(OptionKind.AMOUNT));

    private final CommandGroup group;
    private final String word;
    private final List<String> otherWords;
    private final List<OptionSpec> options;

    SubCommand(CommandGroup group, String word, List<String> otherWords, OptionSpec... options) {
        this.group = group;
        this.word = word;
        this.otherWords = otherWords;
        this.options = List.of(options);
    }

    /** The group it belongs to: {@code admin} for {@code admin status}; empty for one typed on its own. */
    public Optional<CommandGroup> group() {
        return Optional.ofNullable(group);
    }

    /** Its own word, after the group's if it has one: {@code status} for both {@code status} and {@code admin status}. */
    public String word() {
        return word;
    }

    /** The sub-command with its group first when it has one: {@code status}, {@code admin status}. */
    public String path() {
        return group == null ? word : group.word() + " " + word;
    }

    public List<OptionSpec> options() {
        return options;
    }

    /** True when the typed word (lower case) names it: its own word or another spelling people type. */
    boolean typedAs(String typed) {
        return word.equals(typed) || otherWords.contains(typed);
    }

    /** The sub-commands typed without a group, in catalogue order. */
    public static List<SubCommand> ungrouped() {
        return Arrays.stream(values()).filter(s -> s.group == null).toList();
    }

    /** @param path as {@link #path()} gives it */
    public static Optional<SubCommand> byPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path().equals(path)).findFirst();
    }
}
