package app.bonusbot.core.command;

import app.bonusbot.core.time.PeriodRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A command given as a sub-command with named options, as chat platforms with structured commands send it (Discord's
 * {@code /bonus admin status person:Anna Holm}). Each option is one value however many words it has, so a person's
 * full name or a plan's name stays whole, and a value that does not fit is named on its own.
 */
public final class CommandOptions {

    public static final String PERIOD = "period";
    public static final String PLAN = "plan";
    public static final String AMOUNT = "amount";
    public static final String DEAL_TYPE = "deal_type";
    public static final String QUESTION = "question";
    public static final String ANSWER = "answer";
    public static final String PERSON = "person";
    public static final String SURVEY = "survey";

    private CommandOptions() {}

    /**
     * @param path the sub-command, with its group first when it has one: {@code status}, {@code admin status}
     * @param options option name → value as typed; blank values count as left out
     */
    public static BonusCommand of(String path, Map<String, String> options) {
        Function<String, Optional<String>> option = name -> Optional.ofNullable(options.get(name)).map(String::strip).filter(v -> !v.isEmpty());
        switch (path) {
            case "status":
                return withPeriod(option.apply(PERIOD), BonusCommand.Status::new);
            case "team":
                return withPeriod(option.apply(PERIOD), BonusCommand.TeamOverview::new);
            case "explain":
                return withPeriod(option.apply(PERIOD), period -> new BonusCommand.Explain(option.apply(PLAN), period));
            case "whatif":
                return option.apply(AMOUNT)
                        .map(amount -> CommandParser.whatIf(amount.replaceAll("\\s+", ""), option.apply(DEAL_TYPE)))
                        .orElseGet(() -> new BonusCommand.Malformed("error.whatif_needs_amount", ""));
            case "help":
                return new BonusCommand.Help();
            case "feedback":
                return feedback(option.apply(QUESTION), option.apply(ANSWER));
            case "admin status":
                return option.apply(PERSON)
                        .map(person -> withPeriod(option.apply(PERIOD), period -> new BonusCommand.AdminStatus(CommandParser.unquoted(person), period)))
                        .orElseGet(() -> new BonusCommand.Malformed("error.admin_usage", ""));
            case "survey results":
                return new BonusCommand.ShowSurveyResults(option.apply(SURVEY));
            default:
                return new BonusCommand.Malformed("error.unknown_command", path);
        }
    }

    private static BonusCommand withPeriod(Optional<String> period, Function<PeriodRequest, BonusCommand> command) {
        if (period.isEmpty()) {
            return command.apply(PeriodRequest.CURRENT);
        }
        return PeriodRequest.parse(period.get()).map(command).orElseGet(() -> new BonusCommand.Malformed("error.not_a_period", period.get()));
    }

    /** A question without an answer is answered "please write an answer", or that there is no such question. */
    private static BonusCommand feedback(Optional<String> question, Optional<String> answer) {
        if (question.isEmpty()) {
            return answer.isPresent() ? new BonusCommand.Malformed("error.feedback_usage", "") : new BonusCommand.Feedback(Optional.empty(), Optional.empty());
        }
        return new BonusCommand.Feedback(question, Optional.of(answer.orElse("")));
    }
}
