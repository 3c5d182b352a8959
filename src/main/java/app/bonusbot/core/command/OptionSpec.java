package app.bonusbot.core.command;

/** An option of a sub-command: the kind of value it takes and whether the sub-command needs it. */
public record OptionSpec(OptionKind kind, boolean required) {

    static OptionSpec required(OptionKind kind) {
        return new OptionSpec(kind, true);
    }

    static OptionSpec optional(OptionKind kind) {
        return new OptionSpec(kind, false);
    }

    public String name() {
        return kind.optionName();
    }

    public boolean suggested() {
        return kind.suggested();
    }
}
