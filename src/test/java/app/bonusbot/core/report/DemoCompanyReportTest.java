package app.bonusbot.core.report;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import app.bonusbot.core.time.Period;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCompanyReportTest {

    @TempDir
    Path dir;

    @Test
    void explore() {
        Path config = DemoCompany.configCopy(dir);
        try (Application app = DemoCompany.open(config, dir, LocalDate.of(2026, 11, 27))) {
            for (String key : new String[] {"2026-Q3", "2026-Q4"}) {
                HealthReport report = app.healthReports().report(Period.parse(key).orElseThrow(), app.today());
                System.out.println("=== " + key);
                report.company().forEach(c -> System.out.println(c.period().key() + " " + c.cost() + " teams " + c.teams()));
                report.plans().forEach(p -> p.latest().ifPresent(l -> System.out.println(p.planId() + " " + l.people() + " " + l.cost() + " " + l.figures())));
                report.findings().forEach(System.out::println);
            }
        }
    }
}
