package app.bonusbot.core.command;

import app.bonusbot.core.time.PeriodRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A command given as a sub-command with named options, as chat platforms with structured commands send it (Discord's
 * {@code /bonus admin status person:Anna Holm}). The sub-commands and their options are the catalogue's
 * ({@link SubCommand}). Each option is one value however many words it has, so a person's full name or a plan's name
 * stays whole, and a value that does not fit is named on its own.
 */
public final class CommandOptions {

    private CommandOptions() {}

    /**
     * @param path the sub-command, with its group first when it has one: {@code status}, {@code admin status}
     * @param options option name → value as typed; blank values count as left out
     */
    public static BonusCommand of(String path, Map<String, String> options) {
        return SubCommand.byPath(path).map(subCommand -> of(subCommand, options))
                .orElseGet(() -> new BonusCommand.Malformed("error.unknown_command", path));
    }

    private static BonusCommand of(SubCommand subCommand, Map<String, String> options) {
        Function<OptionKind, Optional<String>> option = kind -> Optional.ofNullable(options.get(kind.optionName())).map(String::strip).filter(v -> !v.isEmpty());
        return switch (subCommand) {
            case STATUS -> withPeriod(option.apply(OptionKind.PERIOD), BonusCommand.Status::new);
            case TEAM -> withPeriod(option.apply(OptionKind.PERIOD), BonusCommand.TeamOverview::new);
            case STATEMENT -> withPeriod(option.apply(OptionKind.PERIOD), BonusCommand.ShowStatement::new);
            case EXPLAIN -> withPeriod(option.apply(OptionKind.PERIOD), period -> new BonusCommand.Explain(option.apply(OptionKind.PLAN), period));
            case WHATIF -> option.apply(OptionKind.AMOUNT)
                    .map(amount -> CommandParser.whatIf(amount.replaceAll("\\s+", ""), option.apply(OptionKind.DEAL_TYPE)))
                    .orElseGet(() -> new BonusCommand.Malformed("error.whatif_needs_amount", ""));
            case HELP -> new BonusCommand.Help();
            case FEEDBACK -> feedback(option.apply(OptionKind.QUESTION), option.apply(OptionKind.ANSWER));
            case ADMIN_STATUS -> option.apply(OptionKind.PERSON)
                    .map(person -> withPeriod(option.apply(OptionKind.PERIOD), period -> new BonusCommand.AdminStatus(CommandParser.unquoted(person), period)))
                    .orElseGet(() -> new BonusCommand.Malformed(CommandGroup.ADMIN.usageKey(), ""));
            case ADMIN_STATEMENT -> option.apply(OptionKind.PERSON)
                    .map(person -> withPeriod(option.apply(OptionKind.PERIOD), period -> new BonusCommand.AdminStatement(CommandParser.unquoted(person), period)))
                    .orElseGet(() -> new BonusCommand.Malformed(CommandGroup.ADMIN.usageKey(), ""));
            case SURVEY_RESULTS -> new BonusCommand.ShowSurveyResults(option.apply(OptionKind.SURVEY));
            case APPROVE -> option.apply(OptionKind.PERIOD).<BonusCommand>map(typed -> PeriodRequest.parse(typed)
                    .<BonusCommand>map(p -> new BonusCommand.Approve(Optional.of(p)))
                    .orElseGet(() -> new BonusCommand.Malformed("error.not_a_period", typed)))
                    .orElseGet(() -> new BonusCommand.Approve(Optional.empty()));
            case DISPUTES -> new BonusCommand.ListDisputes();
            case REPORT -> withPeriod(option.apply(OptionKind.PERIOD), BonusCommand.Report::new);
            case DISPUTE_OPEN -> CommandParser.disputeOpen(option.apply(OptionKind.TEXT).orElse(""), option.apply(OptionKind.DEAL), option.apply(OptionKind.PLAN));
            case DISPUTE_RESOLVE -> option.apply(OptionKind.CASE)
                    .map(number -> CommandParser.disputeResolve(number, option.apply(OptionKind.DECISION),
                            option.apply(OptionKind.AMOUNT).map(a -> a.replaceAll("\\s+", "")), option.apply(OptionKind.ANSWER).orElse("")))
                    .orElseGet(() -> new BonusCommand.Malformed("error.dispute_usage", ""));
        };
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
