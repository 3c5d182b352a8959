package app.bonusbot.core.command;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.core.report.HealthReports;
import app.bonusbot.core.time.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /bonus report [period]}: for admins only (settings.yaml {@code admins}), the plan health report of the period
 * (by default the current one of the kind every plan is paid by) as a short summary, with the whole report for the
 * platform to send as its main chart and a file. Anyone else is refused politely, and no report is worked out for them.
 */
public final class ReportCommands {

    private final Supplier<HealthReports> reports;

    /** @param reports the report's builder on the company as of now */
    public ReportCommands(Supplier<HealthReports> reports) {
        this.reports = reports;
    }

    Answer answer(Company c, Person me, BonusCommand.Report command, LocalDate today, Wording w) {
        if (!c.settings().isAdmin(me.id())) {
            String refusal = w.t("error.report_not_admin");
            return new Answer(Reply.builder(refusal).text(refusal).build(), List.of());
        }
        Period period = CommonPeriod.of(command.period(), c, today);
        HealthReport report = reports.get().report(period, today);
        return new Answer(new ReportSummaryView(w).render(report), List.of(), Optional.of(report));
    }
}
