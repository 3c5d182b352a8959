package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.PeriodStatements;
import app.bonusbot.core.time.Period;
import app.bonusbot.paydocs.StatementPdf;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "statements", mixinStandardHelpOptions = true,
        description = {"Writes every person's statement of a period as a PDF, <period>_<person id>.pdf, into a directory: closed and frozen once the",
            "period is closed, else provisional. Each in its person's language."})
final class StatementsCommand extends CompanyCommand {

    @Parameters(index = "0", paramLabel = "PERIOD", description = "The period, e.g. 2026-Q3, 2026-11 or 2026; also current or previous.")
    String period;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The directory to write the PDFs to (made when it is not there).")
    Path out;

    @Override
    int run(Application app, Texts texts, PrintWriter stdout) {
        StatementPdf pdf = new StatementPdf(app.company().settings().companyName(), app.company().settings().zone());
        return write(app.periodStatements(), PayPeriod.of(period, app, texts), out, pdf, texts, stdout);
    }

    /** One PDF per statement of the period, named {@code <period key>_<person id>.pdf}; says how many and where. */
    static int write(PeriodStatements source, Period period, Path dir, StatementPdf pdf, Texts texts, PrintWriter out) {
        Path target = PayDocuments.writableDirectory(dir, texts);
        List<PayStatement> statements = PayDocuments.of(source, period, texts);
        for (PayStatement statement : statements) {
            PayDocuments.writeWhole(target.resolve(fileName(statement)), pdf.render(statement), texts);
        }
        out.println(texts.get("cli.statements.written", texts.count("statements", statements.size()), texts.period(period),
                target.toAbsolutePath().normalize()));
        out.flush();
        return ExitCodes.OK;
    }

    static String fileName(PayStatement statement) {
        return statement.periodKey() + "_" + statement.personId() + ".pdf";
    }
}
