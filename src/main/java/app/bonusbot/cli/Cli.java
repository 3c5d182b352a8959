package app.bonusbot.cli;

import app.bonusbot.config.ConfigException;
import app.bonusbot.store.StoreBusyException;
import app.bonusbot.store.StoreException;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine;

/** Runs the command line and turns every expected failure into a clear message and an exit code. */
public final class Cli {

    private Cli() {}

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        return commandLine(new BonusbotCommand());
    }

    /** The command line around a root command built for a test (its own environment and stop). */
    static CommandLine commandLine(BonusbotCommand root) {
        CommandLine cli = new CommandLine(root);
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
