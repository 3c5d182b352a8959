package app.bonusbot.reporthtml;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import app.bonusbot.core.command.CommonPeriod;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.core.time.PeriodRequest;
import java.nio.file.Path;
import java.time.LocalDate;

/** The demo company's plan health report of the current period on 27 November 2026, as {@code bonusbot report} makes it. */
final class DemoReport {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private DemoReport() {}

    static HealthReport of(Path dir) {
        try (Application app = DemoCompany.open(DemoCompany.configCopy(dir), dir, TODAY)) {
            return app.healthReports().report(CommonPeriod.of(PeriodRequest.CURRENT, app.company(), TODAY), TODAY);
        }
    }
}
