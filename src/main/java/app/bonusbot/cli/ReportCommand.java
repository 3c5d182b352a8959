package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.command.CommonPeriod;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.core.report.HealthReports;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;
import app.bonusbot.reporthtml.ReportPage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the plan health report of a period as one self-contained HTML file in the company's language: findings, each plan",
            "compared with the periods before, the survey side and the prerequisites beside the plan outcomes. README, 'Plan health report'."})
final class ReportCommand extends CompanyCommand {

    @Mixin
    PeriodOption periodOption;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the report to this file; default reports/plan-health-<period>.html beside the database (data/reports with PostgreSQL).")
    Path out;

    @Override
    int run(Application app, Texts texts, PrintWriter stdout) {
        PeriodRequest request = PeriodRequest.parse(periodOption.text).filter(r -> periodOption.text != null && !periodOption.text.isBlank())
                .orElseThrow(() -> new UserError(ExitCodes.USAGE, texts, "cli.error.report_period", periodOption.text));
        Period period = CommonPeriod.of(request, app.company(), app.today());
        ReportPage page = new ReportPage(app.company().settings().companyName());
        return write(app.healthReports(), period, app.today(), page, out, store.reportDirectory(), texts, stdout);
    }

    /**
     * The report of the period written whole to {@code file}, or to its default name in {@code directory}; says where.
     *
     * @param file null for the default name in {@code directory}
     */
    static int write(HealthReports reports, Period period, LocalDate today, ReportPage page, Path file, Path directory, Texts texts, PrintWriter out) {
        HealthReport report = reports.report(period, today);
        Path target = file != null ? file : directory.resolve(ReportPage.fileName(report));
        PayDocuments.writeWhole(target, page.bytes(report, texts.language()), texts);
        out.println(texts.get("cli.report.written", texts.period(period), texts.count("findings", report.findings().size()), target.toAbsolutePath().normalize()));
        out.flush();
        return ExitCodes.OK;
    }
}
