package app.bonusbot.core.command;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of value a {@code /bonus} option holds, each under one option name wherever it is used (a period is
 * {@code period} for status, explain, team and admin status alike), and whether its values are suggested as it is
 * typed. Every value is text: amounts such as "50k" and periods such as "2026-Q4" are the core's to read.
 */
public enum OptionKind {
    PERIOD("period", true),
    PLAN("plan", true),
    AMOUNT("amount", false),
    DEAL_TYPE("deal_type", true),
    QUESTION("question", true),
    /** Free text or a number on the question's scale: nothing worth suggesting. */
    ANSWER("answer", false),
    PERSON("person", true),
    SURVEY("survey", true),
    /** What a dispute is about, in the seller's words. */
    TEXT("text", false),
    /** A deal id as the CRM knows it: typed, never suggested (a missing deal is a reason to dispute). */
    DEAL("deal", false),
    /** A dispute's case number. */
    CASE("case", false),
    /** {@code accept} or {@code reject} (the default). */
    DECISION("decision", false);

    private final String optionName;
    private final boolean suggested;

    OptionKind(String optionName, boolean suggested) {
        this.optionName = optionName;
        this.suggested = suggested;
    }

    /** The option's name as chat platforms show it and structured options carry it: {@code deal_type}. */
    public String optionName() {
        return optionName;
    }

    /** True when {@link OptionSuggestions} offers values for it while it is typed. */
    public boolean suggested() {
        return suggested;
    }

    public static Optional<OptionKind> named(String optionName) {
        return Arrays.stream(values()).filter(k -> k.optionName.equals(optionName)).findFirst();
    }
}
