package app.bonusbot.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.DemoCompany;
import app.bonusbot.bot.Application;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report on the demo company (bot-config/ and the HubSpot example export), as sales ops would run it. */
class DemoCompanyReportTest {

    @TempDir
    Path dir;

    @Test
    void the_demo_companys_report_of_the_running_quarter_has_at_least_two_findings() {
        // GIVEN the demo company on 27 November 2026
        try (Application app = DemoCompany.open(DemoCompany.configCopy(dir), dir, LocalDate.of(2026, 11, 27))) {
            // WHEN the report of 2026-Q4 is built
            HealthReport report = app.healthReports().report(Period.parse("2026-Q4").orElseThrow(), app.today());
            // THEN three of the four quarterly-bonus sellers are below its 50 % threshold, and the new-business pools were never earned
            Set<FindingRule> rules = report.findings().stream().map(Finding::rule).collect(Collectors.toSet());
            assertTrue(rules.containsAll(Set.of(FindingRule.BELOW_THRESHOLD, FindingRule.POOL_MISSED)), rules.toString());
            Finding below = report.findings().stream().filter(f -> f.rule() == FindingRule.BELOW_THRESHOLD).findFirst().orElseThrow();
            assertEquals(new FindingValue.Percent(new BigDecimal("75.0")), below.values().get(0));
            // AND the four quarters before are compared with, and every plan of plans.yaml has a section
            assertEquals(List.of("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"), report.periods().stream().map(Period::key).toList());
            assertEquals(app.company().plans().size(), report.plans().size());
        }
    }
}
