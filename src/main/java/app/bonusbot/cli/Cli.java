package app.bonusbot.cli;

import app.bonusbot.config.ConfigException;
import app.bonusbot.store.StoreBusyException;
import app.bonusbot.store.StoreException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line and turns every expected failure into a clear message and an exit code. */
public final class Cli {

    private Cli() {}

    /** Every verb, in the order help lists them. */
    private static final List<Class<?>> VERBS = List.of(StatusCommand.class, ExplainCommand.class, WhatIfCommand.class, TeamCommand.class,
            ImportCommand.class, ConfigCommand.class, ChatCommand.class, BenchCommand.class, AnnounceCommand.class, SurveyCommand.class,
            SyncCommand.class, CloseCommand.class, ReopenCommand.class, ApproveCommand.class, ApprovalsCommand.class, AdjustCommand.class,
            StatementsCommand.class, PayrollExportCommand.class, DisputesCommand.class, AuditCommand.class, MigrateStoreCommand.class,
            ReportCommand.class);

    public static int run(String... args) {
        return forArguments(args).execute(args);
    }

    /**
     * The command line for these arguments. A start of the bot itself (no verb, only the top command's own options, as
     * the README starts it) is parsed and run by the top command alone: picocli builds each verb's model by reflection,
     * a good part of a start. Anything else (a verb, help, a mistake to point out with the verbs' names) gets the whole
     * command line, on a top command of its own, untouched by the first try.
     */
    static CommandLine forArguments(String... args) {
        CommandLine alone = configured(new CommandLine(new BonusbotCommand()));
        try {
            CommandLine.ParseResult parsed = alone.parseArgs(args);
            if (!parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested() && parsed.unmatched().isEmpty()) {
                return alone;
            }
        } catch (CommandLine.ParameterException e) {
            // A verb, or a mistake: the whole command line parses the arguments again and says what is wrong.
        }
        return commandLine();
    }

    public static CommandLine commandLine() {
        return commandLine(new BonusbotCommand());
    }

    /** The command line around a root command built for a test (its own environment and stop). */
    static CommandLine commandLine(BonusbotCommand root) {
        CommandLine cli = new CommandLine(root);
        // Added before the settings below, which picocli passes on to the verbs it has by then.
        VERBS.forEach(cli::addSubcommand);
        return configured(cli);
    }

    private static CommandLine configured(CommandLine cli) {
        // Answers hold ▰, · and æøå: write UTF-8 whatever the platform's default charset is.
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(LocalDate.class, new TypedDate());
        CommandLine.IParameterExceptionHandler parameterProblems = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, args) -> parameterProblems.handleParseException(unknownOptionFirst(e), args));
        cli.setExecutionStrategy(parsed -> {
            OptionsBeforeTheVerb.carryDown(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof ConfigException config) {
                config.problems().forEach(err::println);
                err.println("Bonusbot will not start with an invalid configuration (" + config.problems().size() + " "
                        + (config.problems().size() == 1 ? "problem" : "problems") + "). Run 'bonusbot config check' after fixing it.");
                err.flush();
                return ExitCodes.INVALID_CONFIG;
            }
            if (e instanceof UserError user) {
                err.println(user.line());
                err.flush();
                return user.exitCode();
            }
            if (StoreBusyException.isBusy(e)) {
                // SQLite's own "database is locked" means nothing to a person; waiting writers give up with a sentence.
                err.println("error: " + (e instanceof StoreBusyException busy ? busy.getMessage()
                        : "the database is busy with another writer (an import?); try again when it is done."));
                err.flush();
                return ExitCodes.STORE_BUSY;
            }
            if (e instanceof StoreException store) {
                err.println("error: " + store.getMessage());
                err.flush();
                return ExitCodes.FAILURE;
            }
            throw e;
        });
        return cli;
    }

    /**
     * An unknown option's value can stand where a positional parameter belongs ({@code whatif --period previous 50k}):
     * picocli then complains about the value ("'previous' is not an amount") and never names the option. The option
     * is what the person got wrong, so it is named, with picocli's suggestions.
     */
    private static CommandLine.ParameterException unknownOptionFirst(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException || e.getCommandLine() == null) {
            return e;
        }
        java.util.List<String> unmatched = e.getCommandLine().getUnmatchedArguments();
        boolean anOption = unmatched.stream().anyMatch(arg -> arg.startsWith("-"));
        return anOption ? new CommandLine.UnmatchedArgumentException(e.getCommandLine(), unmatched) : e;
    }
}
