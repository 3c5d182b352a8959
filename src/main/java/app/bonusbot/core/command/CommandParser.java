package app.bonusbot.core.command;

import app.bonusbot.core.time.PeriodRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code /bonus <sub-command> [arguments]}. Slack and Discord hand over the text after the command name; the
 * console hands over the whole line, so a leading {@code /bonus} or {@code bonus} is optional. The sub-commands and
 * the words that name them are the catalogue's ({@link SubCommand}); how the words after one are read is its own.
 */
public final class CommandParser {

    /** The most words a period takes: {@code sidste kvartal}, {@code Q4 2026}. */
    private static final int MAX_PERIOD_WORDS = 2;
    private static final String QUOTES = "\"'“”„‘’«»";
    /** {@code deal:D-123} or {@code plan:quarterly} among the words of a case. */
    private static final String TAG = "(?iu)(?<=^|\\s)(deal|plan):\\S+";
    /** The longest case text or answer: a few paragraphs, which fits every platform's message. */
    static final int MAX_DISPUTE_TEXT = 2000;
    /** accept/reject as typed, in either language → whether the case is accepted. */
    private static final Map<String, Boolean> DECISIONS = Map.of("accept", true, "accepted", true, "godkend", true,
            "reject", false, "rejected", false, "afvis", false);

    private CommandParser() {}

    public static BonusCommand parse(String text) {
        List<String> words = words(text);
        if (!words.isEmpty() && (words.get(0).equalsIgnoreCase("/bonus") || words.get(0).equalsIgnoreCase("bonus"))) {
            words = words.subList(1, words.size());
        }
        if (words.isEmpty()) {
            return new BonusCommand.Status(PeriodRequest.CURRENT);
        }
        String typed = words.get(0);
        String verb = typed.toLowerCase(Locale.ROOT);
        List<String> args = words.subList(1, words.size());
        Optional<CommandGroup> group = CommandGroup.named(verb);
        if (group.isPresent()) {
            Optional<SubCommand> member = args.isEmpty() ? Optional.empty()
                    : group.get().subCommands().stream().filter(s -> s.typedAs(args.get(0).toLowerCase(Locale.ROOT))).findFirst();
            if (member.isEmpty() && group.get() == CommandGroup.DISPUTE && !args.isEmpty()) {
                return disputeOpen(text, args);
            }
            return member.map(s -> read(s, text, args.subList(1, args.size())))
                    .orElseGet(() -> new BonusCommand.Malformed(group.get().usageKey(), ""));
        }
        return SubCommand.ungrouped().stream().filter(s -> s.typedAs(verb)).findFirst()
                .map(s -> read(s, text, args))
                .orElseGet(() -> new BonusCommand.Malformed("error.unknown_command", typed));
    }

    /** The sub-command from the words typed after it; each reads its words its own way (see the methods). */
    private static BonusCommand read(SubCommand subCommand, String text, List<String> args) {
        return switch (subCommand) {
            case STATUS -> period(args).<BonusCommand>map(BonusCommand.Status::new).orElseGet(() -> badPeriod(args));
            case EXPLAIN -> explain(args);
            case WHATIF -> whatIf(args);
            case TEAM -> period(args).<BonusCommand>map(BonusCommand.TeamOverview::new).orElseGet(() -> badPeriod(args));
            case STATEMENT -> period(args).<BonusCommand>map(BonusCommand.ShowStatement::new)
                    .orElseGet(() -> namesSomeone(args) ? adminStatus(args, BonusCommand.AdminStatement::new) : badPeriod(args));
            case HELP -> new BonusCommand.Help();
            case FEEDBACK -> feedback(text, args);
            case ADMIN_STATUS -> adminStatus(args, BonusCommand.AdminStatus::new);
            case ADMIN_STATEMENT -> adminStatus(args, BonusCommand.AdminStatement::new);
            case SURVEY_RESULTS -> new BonusCommand.ShowSurveyResults(args.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", args)));
            case APPROVE -> args.isEmpty() ? new BonusCommand.Approve(Optional.empty())
                    : period(args).<BonusCommand>map(p -> new BonusCommand.Approve(Optional.of(p))).orElseGet(() -> badPeriod(args));
            case DISPUTES -> args.isEmpty() ? new BonusCommand.ListDisputes() : new BonusCommand.Malformed("error.too_many_arguments", String.join(" ", args));
            case REPORT -> period(args).<BonusCommand>map(BonusCommand.Report::new).orElseGet(() -> badPeriod(args));
            case DISPUTE_OPEN -> args.isEmpty() ? new BonusCommand.Malformed("error.dispute_needs_text", "") : disputeOpen(text, args);
            case DISPUTE_RESOLVE -> disputeResolve(text, args);
        };
    }

    /** The words after {@code admin status} or {@code admin statement}: a person, then perhaps a period. */
    private static BonusCommand adminStatus(List<String> rest, java.util.function.BiFunction<String, PeriodRequest, BonusCommand> command) {
        if (rest.isEmpty()) {
            return new BonusCommand.Malformed(CommandGroup.ADMIN.usageKey(), "");
        }
        // The person may be several words (a full name, quoted or not); a period, if any, is the last word or two.
        for (int periodWords = Math.min(MAX_PERIOD_WORDS, rest.size() - 1); periodWords > 0; periodWords--) {
            List<String> person = rest.subList(0, rest.size() - periodWords);
            Optional<PeriodRequest> period = PeriodRequest.parse(String.join(" ", rest.subList(person.size(), rest.size())));
            if (period.isPresent() && !endsInsideQuotes(person)) {
                return command.apply(unquoted(String.join(" ", person)), period.get());
            }
        }
        return command.apply(unquoted(String.join(" ", rest)), PeriodRequest.CURRENT);
    }

    /** A name typed in quotes, straight or typographic ("Anna Holm", “Anna Holm”), without them. */
    static String unquoted(String text) {
        String t = text.strip();
        if (t.length() >= 2 && QUOTES.indexOf(t.charAt(0)) >= 0 && QUOTES.indexOf(t.charAt(t.length() - 1)) >= 0) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }

    /** True when the words open a quote they do not close, so the next word still belongs to the name. */
    private static boolean endsInsideQuotes(List<String> words) {
        String text = String.join(" ", words).strip();
        return !text.isEmpty() && QUOTES.indexOf(text.charAt(0)) >= 0 && unquoted(text).equals(text);
    }

    /**
     * The words of a case, kept as typed, with {@code deal:ID} and {@code plan:ID} taken out of them wherever they
     * stand.
     */
    private static BonusCommand disputeOpen(String text, List<String> args) {
        String rest = restAsTyped(text, args.size());
        Optional<String> deal = tagged(rest, "deal");
        Optional<String> plan = tagged(rest, "plan");
        String said = rest.replaceAll(TAG, " ").strip();
        return disputeOpen(said, deal, plan);
    }

    /** A case from its text and the deal and plan it names, or why not; shared with structured options. */
    static BonusCommand disputeOpen(String text, Optional<String> deal, Optional<String> plan) {
        if (text.isBlank()) {
            return new BonusCommand.Malformed("error.dispute_needs_text", "");
        }
        if (text.length() > MAX_DISPUTE_TEXT) {
            return new BonusCommand.Malformed("error.dispute_too_long", Integer.toString(MAX_DISPUTE_TEXT));
        }
        return new BonusCommand.OpenDispute(text.strip(), deal, plan);
    }

    private static Optional<String> tagged(String text, String tag) {
        Matcher m = Pattern.compile(TAG).matcher(text);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.equals(tag)) {
                return Optional.of(m.group().substring(m.group().indexOf(':') + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code resolve N [accept [amount] | reject] <answer>}: a case is rejected unless accepted; after {@code accept},
     * a first word that reads as an amount is what the case adds to the seller's pay. The answer is kept as typed.
     */
    private static BonusCommand disputeResolve(String text, List<String> args) {
        if (args.isEmpty()) {
            return new BonusCommand.Malformed("error.dispute_usage", "");
        }
        int used = 1;
        Optional<String> decision = Optional.empty();
        Optional<String> amount = Optional.empty();
        if (args.size() > used && DECISIONS.containsKey(args.get(used).toLowerCase(Locale.ROOT))) {
            decision = Optional.of(args.get(used));
            used++;
            if (DECISIONS.get(decision.get().toLowerCase(Locale.ROOT)) && args.size() > used && AmountParser.parse(args.get(used)).isPresent()) {
                amount = Optional.of(args.get(used));
                used++;
            }
        }
        return disputeResolve(args.get(0), decision, amount, restAsTyped(text, args.size() - used));
    }

    /** A resolution from its parts as typed, or why not; shared with structured options. */
    static BonusCommand disputeResolve(String number, Optional<String> decision, Optional<String> amount, String answer) {
        String digits = number.startsWith("#") ? number.substring(1) : number;
        if (!digits.matches("\\d{1,18}")) {
            return new BonusCommand.Malformed("error.dispute_not_a_case", number);
        }
        if (decision.isPresent() && !DECISIONS.containsKey(decision.get().strip().toLowerCase(Locale.ROOT))) {
            return new BonusCommand.Malformed("error.dispute_not_a_decision", decision.get());
        }
        boolean accepted = decision.map(d -> DECISIONS.get(d.strip().toLowerCase(Locale.ROOT))).orElse(false);
        Optional<BigDecimal> parsed = Optional.empty();
        if (amount.isPresent()) {
            if (!accepted) {
                return new BonusCommand.Malformed("error.dispute_amount_needs_accept", amount.get());
            }
            Optional<BonusCommand.Malformed> bad = badAmount(amount.get());
            if (bad.isPresent()) {
                return bad.get();
            }
            parsed = AmountParser.parse(amount.get()).map(a -> a.setScale(2, RoundingMode.UNNECESSARY));
        }
        if (answer.isBlank()) {
            return new BonusCommand.Malformed("error.dispute_needs_answer", "");
        }
        if (answer.length() > MAX_DISPUTE_TEXT) {
            return new BonusCommand.Malformed("error.dispute_too_long", Integer.toString(MAX_DISPUTE_TEXT));
        }
        return new BonusCommand.ResolveDispute(Long.parseLong(digits), accepted, parsed, answer.strip());
    }

    /** The text after all but the last {@code kept} words, as typed (line breaks and all). */
    private static String restAsTyped(String text, int kept) {
        String rest = text.strip();
        for (int i = words(text).size() - kept; i > 0; i--) {
            rest = rest.replaceFirst("^\\S+\\s*", "");
        }
        return rest;
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

    private static BonusCommand explain(List<String> args) {
        if (args.isEmpty()) {
            return new BonusCommand.Explain(Optional.empty(), PeriodRequest.CURRENT);
        }
        // A plan and a period in any order; the period may be two words (sidste kvartal), the plan is one.
        for (int periodWords = Math.min(MAX_PERIOD_WORDS, args.size()); periodWords > 0; periodWords--) {
            for (int from = 0; from + periodWords <= args.size(); from++) {
                Optional<PeriodRequest> period = PeriodRequest.parse(String.join(" ", args.subList(from, from + periodWords)));
                if (period.isPresent() && args.size() - periodWords <= 1) {
                    List<String> plan = new ArrayList<>(args.subList(0, from));
                    plan.addAll(args.subList(from + periodWords, args.size()));
                    return new BonusCommand.Explain(plan.stream().findFirst(), period.get());
                }
            }
        }
        if (args.size() > 1) {
            return new BonusCommand.Malformed("error.too_many_arguments", String.join(" ", args));
        }
        return new BonusCommand.Explain(Optional.of(args.get(0)), PeriodRequest.CURRENT);
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
        Optional<BonusCommand.Malformed> bad = badAmount(amountText);
        if (bad.isPresent()) {
            return bad.get();
        }
        return new BonusCommand.WhatIf(AmountParser.parse(amountText).orElseThrow(), dealType.map(t -> t.toLowerCase(Locale.ROOT)));
    }

    /** Why the amount as typed is no positive amount in cents; empty when it is one. */
    private static Optional<BonusCommand.Malformed> badAmount(String amountText) {
        Optional<BigDecimal> amount = AmountParser.parse(amountText);
        if (amount.isEmpty()) {
            return Optional.of(new BonusCommand.Malformed("error.not_an_amount", amountText));
        }
        if (amount.get().signum() <= 0) {
            return Optional.of(new BonusCommand.Malformed("error.amount_not_positive", amountText));
        }
        if (amount.get().scale() > 2 && amount.get().stripTrailingZeros().scale() > 2) {
            return Optional.of(new BonusCommand.Malformed("error.amount_too_precise", amountText));
        }
        return Optional.empty();
    }

    /** The period the words name (one or two of them: {@code Q4}, {@code sidste kvartal}), or empty. */
    private static Optional<PeriodRequest> period(List<String> args) {
        if (args.size() > MAX_PERIOD_WORDS) {
            return Optional.empty();
        }
        return PeriodRequest.parse(String.join(" ", args));
    }

    /**
     * Whether {@code /bonus statement} is followed by a person rather than a period: a chat mention, or an id with a
     * dot (anna.holm). No period word has either, so an admin may ask for anyone's statement as the issue writes it.
     */
    private static boolean namesSomeone(List<String> args) {
        String first = args.get(0);
        return first.startsWith("@") || first.startsWith("<@") || first.contains(".");
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
