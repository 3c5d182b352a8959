package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.payout.PayStatement;
import app.bonusbot.core.payout.PeriodStatements;
import app.bonusbot.core.time.Period;
import app.bonusbot.paydocs.PayrollCsv;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "payroll-export", mixinStandardHelpOptions = true,
        description = {"The period's pay as CSV for payroll, one row per person: employee id, name, period, each cash plan, adjustments, total,",
            "currency, and shares apart (never in cash). README, 'Statement PDFs and the payroll export', documents the columns."})
final class PayrollExportCommand extends CompanyCommand {

    @Parameters(index = "0", paramLabel = "PERIOD", description = "The period, e.g. 2026-Q3, 2026-11 or 2026; also current or previous.")
    String period;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV to this file (UTF-8 with a byte order mark) instead of standard output.")
    Path out;

    @Option(names = "--no-bom", description = "Without the byte order mark in --out FILE, for a payroll system that does not expect one.")
    boolean noBom;

    @Override
    int run(Application app, Texts texts, PrintWriter stdout) {
        return export(app.periodStatements(), PayPeriod.of(period, app, texts), out, !noBom, texts, stdout);
    }

    /**
     * The export to standard output (plain UTF-8 text, for a pipe) or, written whole, to {@code file}.
     *
     * @param file null for standard output
     */
    static int export(PeriodStatements source, Period period, Path file, boolean bom, Texts texts, PrintWriter out) {
        List<PayStatement> statements = PayDocuments.of(source, period, texts);
        PayrollCsv csv = new PayrollCsv();
        if (file == null) {
            out.print(csv.text(statements));
        } else {
            PayDocuments.writeWhole(file, csv.bytes(statements, bom), texts);
            out.println(texts.get("cli.payroll.written", texts.period(period), texts.count("people", statements.size()), file.toAbsolutePath().normalize()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
