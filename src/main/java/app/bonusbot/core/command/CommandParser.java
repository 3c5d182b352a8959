package app.bonusbot.core.command;

import app.bonusbot.core.time.PeriodRequest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Parses {@code /bonus <sub-command> [arguments]}. Slack and Discord hand over the text after the command name; the
 * console hands over the whole line, so a leading {@code /bonus} or {@code bonus} is optional.
 */
public final class CommandParser {

    private CommandParser() {}

    public static BonusCommand parse(String text) {
        List<String> words = words(text);
        if (!words.isEmpty() && (words.get(0).equalsIgnoreCase("/bonus") || words.get(0).equalsIgnoreCase("bonus"))) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            return new BonusCommand.Status(PeriodRequest.CURRENT);
        }
        String verb = words.get(0).toLowerCase(Locale.ROOT);
        List<String> args = words.subList(1, words.size());
        switch (verb) {
            case "status":
                return period(args, 1).<BonusCommand>map(BonusCommand.Status::new).orElseGet(() -> badPeriod(args));
            case "explain":
                return explain(args);
            case "whatif":
            case "what-if":
                return whatIf(args);
            case "team":
                return period(args, 1).<BonusCommand>map(BonusCommand.TeamOverview::new).orElseGet(() -> badPeriod(args));
            case "admin":
                return admin(args);
            case "feedback":
                return feedback(text, args);
            case "survey":
                return survey(args);
            case "help":
            case "hjælp":
            case "hjaelp":
                return new BonusCommand.Help();
            default:
                return new BonusCommand.Malformed("error.unknown_command", words.get(0));
        }
    }

    private static BonusCommand admin(List<String> args) {
        if (args.isEmpty() || !args.get(0).equalsIgnoreCase("status")) {
            return new BonusCommand.Malformed("error.admin_usage", "");
        }
        if (args.size() < 2) {
            return new BonusCommand.Malformed("error.admin_usage", "");
        }
        List<String> rest = args.subList(2, args.size());
        return period(rest, 1).<BonusCommand>map(p -> new BonusCommand.AdminStatus(args.get(1), p)).orElseGet(() -> badPeriod(rest));
    }

    private static BonusCommand feedback(String text, List<String> args) {
        if (args.isEmpty()) {
            return new BonusCommand.Feedback(Optional.empty(), Optional.empty());
        }
        if (args.size() == 1) {
            return new BonusCommand.Malformed("error.feedback_usage", "");
        }
        // A free-text answer is kept as typed, line breaks and all: only the words before it are split off.
        String answer = text.strip();
        for (int i = words(text).size() - args.size(); i >= 0; i--) {
            answer = answer.replaceFirst("^\\S+\\s*", "");
        }
        return new BonusCommand.Feedback(Optional.of(args.get(0)), Optional.of(answer));
    }

    private static BonusCommand survey(List<String> args) {
        if (args.isEmpty() || !args.get(0).equalsIgnoreCase("results")) {
            return new BonusCommand.Malformed("error.survey_usage", "");
        }
        List<String> rest = args.subList(1, args.size());
        return new BonusCommand.ShowSurveyResults(rest.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", rest)));
    }

    private static BonusCommand explain(List<String> args) {
        if (args.size() > 2) {
            return new BonusCommand.Malformed("error.too_many_arguments", String.join(" ", args));
        }
        Optional<String> plan = Optional.empty();
        PeriodRequest period = PeriodRequest.CURRENT;
        for (String arg : args) {
            Optional<PeriodRequest> asPeriod = PeriodRequest.parse(arg);
            if (asPeriod.isPresent()) {
                period = asPeriod.get();
            } else if (plan.isEmpty()) {
                plan = Optional.of(arg);
            } else {
                return new BonusCommand.Malformed("error.too_many_arguments", String.join(" ", args));
            }
        }
        return new BonusCommand.Explain(plan, period);
    }

    private static BonusCommand whatIf(List<String> args) {
        if (args.isEmpty()) {
            return new BonusCommand.Malformed("error.whatif_needs_amount", "");
        }
        if (args.size() > 2) {
            return new BonusCommand.Malformed("error.too_many_arguments", String.join(" ", args));
        }
        return whatIf(args.get(0), args.size() == 2 ? Optional.of(args.get(1)) : Optional.empty());
    }

    /** A what-if deal of that amount (as typed) and deal type, or why not. */
    static BonusCommand whatIf(String amountText, Optional<String> dealType) {
        Optional<BigDecimal> amount = AmountParser.parse(amountText);
        if (amount.isEmpty()) {
            return new BonusCommand.Malformed("error.not_an_amount", amountText);
        }
        if (amount.get().signum() <= 0) {
            return new BonusCommand.Malformed("error.amount_not_positive", amountText);
        }
        if (amount.get().scale() > 2 && amount.get().stripTrailingZeros().scale() > 2) {
            return new BonusCommand.Malformed("error.amount_too_precise", amountText);
        }
        return new BonusCommand.WhatIf(amount.get(), dealType.map(t -> t.toLowerCase(Locale.ROOT)));
    }

    private static Optional<PeriodRequest> period(List<String> args, int max) {
        if (args.size() > max) {
            return Optional.empty();
        }
        return PeriodRequest.parse(args.isEmpty() ? null : args.get(0));
    }

    private static BonusCommand badPeriod(List<String> args) {
        if (args.size() > 1) {
            return new BonusCommand.Malformed("error.too_many_arguments", String.join(" ", args));
        }
        return new BonusCommand.Malformed("error.not_a_period", args.get(0));
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.asList(text.trim().split("\\s+"));
    }
}
