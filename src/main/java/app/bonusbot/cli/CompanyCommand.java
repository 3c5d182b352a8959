package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.i18n.Texts;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape shared by the verbs sales ops runs on the company's pay (close, reopen, approve, approvals, adjust,
 * statements, payroll-export, disputes, audit): the application opened on {@code --config} and {@code --db}, the run
 * speaking the company's language ({@link RunLanguage}), and its answer on standard output. A failure is a
 * {@link UserError}, which {@link Cli} prints as one line with its exit code.
 */
abstract class CompanyCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    /**
     * The verb's work, on the open application.
     *
     * @param texts the company's language, the run's until the verb knows better (adjust speaks the person's)
     * @return the exit code
     */
    abstract int run(Application app, Texts texts, PrintWriter out);

    @Override
    public Integer call() {
        try (Application app = store.open()) {
            PrintWriter out = spec.commandLine().getOut();
            int exitCode = run(app, RunLanguage.company(app), out);
            out.flush();
            return exitCode;
        }
    }
}
