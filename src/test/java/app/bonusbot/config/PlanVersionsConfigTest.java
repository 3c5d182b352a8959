package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.PlanVersion;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plans.yaml {@code versions:}: dated changes to a plan, each period worked out with exactly one version. */
class PlanVersionsConfigTest {

    /** A quarterly plan whose own fields are its first version; line 12 is {@code versions:}. */
    private static final String PLAN = """
            plans:
              - id: bonus
                kind: performance
                name: Bonus
                period: %s
                enrolment: {teams: [sales]}
                metric: {type: sum}
                bands:
                  - {from: 0, rate: 1}
                target: 1000
                target_bonus: 100
                versions:
            """;

    @TempDir
    Path dir;

    private ConfigDir withVersions(String period, String versions) {
        return ConfigDir.valid(dir).with("plans.yaml", PLAN.formatted(period) + versions);
    }

    @Test
    void a_plan_without_versions_reads_as_before_and_has_no_versions() {
        // given
        ConfigDir config = ConfigDir.valid(dir);

        // when
        BotConfig loaded = config.load();

        // then
        assertEquals(Map.of(), loaded.planVersions().byPlan());
        assertEquals(new BigDecimal("1"), ((PerformancePlan) loaded.plans().get(0)).tiers().bands().get(0).rate());
    }

    @Test
    void each_version_changes_the_fields_it_gives_and_keeps_the_rest_of_the_version_before() {
        // given a new rate from 2027 and a new default target from July 2027
        ConfigDir config = withVersions("quarter", """
                  - effective_from: 2027-01-01
                    bands:
                      - {from: 0, rate: 2}
                  - effective_from: 2027-07-01
                    target: 3000
            """);

        // when
        List<PlanVersion> versions = config.load().planVersions().byPlan().get("bonus");

        // then
        assertEquals(3, versions.size());
        assertNull(versions.get(0).from());
        assertEquals(LocalDate.of(2026, 12, 31), versions.get(0).to());
        assertEquals(new BigDecimal("1"), ((PerformancePlan) versions.get(0).plan()).tiers().bands().get(0).rate());
        assertEquals(LocalDate.of(2027, 1, 1), versions.get(1).from());
        assertEquals(new BigDecimal("2"), ((PerformancePlan) versions.get(1).plan()).tiers().bands().get(0).rate());
        assertEquals(new BigDecimal("1000"), ((PerformancePlan) versions.get(1).plan()).defaultTarget());
        assertEquals(LocalDate.of(2027, 7, 1), versions.get(2).from());
        assertNull(versions.get(2).to());
        assertEquals(new BigDecimal("2"), ((PerformancePlan) versions.get(2).plan()).tiers().bands().get(0).rate());
        assertEquals(new BigDecimal("3000"), ((PerformancePlan) versions.get(2).plan()).defaultTarget());
    }

    @Test
    void a_version_that_starts_inside_a_period_is_refused_naming_file_and_line() {
        // given
        ConfigDir config = withVersions("quarter", """
                  - effective_from: 2027-02-01
                    target: 3000
            """);

        // when
        List<String> problems = config.problems();

        // then no quarter straddles two versions
        assertEquals(List.of("plans.yaml:13 plans[0].versions[0].effective_from: must be the first day of a quarter (2027-02-01 is inside 2027-Q1,"
                + " which starts on 2027-01-01): each period is worked out with one version of the plan"), problems);
    }

    @Test
    void a_version_that_ends_inside_a_period_is_refused_naming_file_and_line() {
        // given
        ConfigDir config = withVersions("quarter", """
                  - effective_from: 2027-01-01
                    effective_to: 2027-05-31
            """);

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("plans.yaml:14 plans[0].versions[0].effective_to: must be the last day of a quarter (2027-05-31 is inside 2027-Q2,"
                + " which ends on 2027-06-30): each period is worked out with one version of the plan"), problems);
    }

    @Test
    void overlapping_versions_are_refused_naming_file_and_line() {
        // given the first version runs until June, the second starts in April
        ConfigDir config = withVersions("quarter", """
                  - effective_from: 2027-01-01
                    effective_to: 2027-06-30
                    target: 2000
                  - effective_from: 2027-04-01
                    target: 3000
                  - effective_from: 2027-04-01
                    target: 4000
            """);

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("plans.yaml:16 plans[0].versions[1].effective_from: overlaps the version on line 13, which runs until 2027-06-30",
                "plans.yaml:18 plans[0].versions[2].effective_from: overlaps the version on line 16, which also starts on 2027-04-01"), problems);
    }

    @Test
    void a_gap_between_versions_is_refused_naming_file_and_line() {
        // given the first version ends in March, the next starts in July
        ConfigDir config = withVersions("quarter", """
                  - effective_from: 2027-01-01
                    effective_to: 2027-03-31
                    target: 2000
                  - effective_from: 2027-07-01
                    target: 3000
            """);

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("plans.yaml:14 plans[0].versions[0].effective_to: leaves a gap: no version of the plan is in force from 2027-04-01"
                + " to 2027-06-30"), problems);
    }

    @Test
    void versions_out_of_date_order_are_refused() {
        // given
        ConfigDir config = withVersions("quarter", """
                  - effective_from: 2027-07-01
                    target: 3000
                  - effective_from: 2027-01-01
                    target: 2000
            """);

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("plans.yaml:15 plans[0].versions[1].effective_from: is before the version on line 13 (from 2027-07-01):"
                + " list versions in date order"), problems);
    }

    @Test
    void a_version_cannot_change_the_plan_s_period_and_its_own_mistakes_are_reported_at_its_lines() {
        // given
        ConfigDir config = withVersions("quarter", """
                  - effective_from: 2027-01-01
                    period: month
                  - effective_from: 2027-04-01
                    bands:
                      - {from: 0, rate: lots}
            """);

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("plans.yaml:14 plans[0].versions[0].period: cannot change in a version: give the plan a new id instead", problems.get(0));
        assertEquals(true, problems.get(1).startsWith("plans.yaml:17 plans[0].versions[1].bands[0].rate: "), problems.get(1));
    }

    @Test
    void versions_start_on_periods_of_the_fiscal_year() {
        // given a yearly plan in a company whose fiscal year starts in April
        ConfigDir april = ConfigDir.valid(dir).with("settings.yaml", ConfigDir.SETTINGS + "fiscal_year_start: April\n").with("targets.yaml", "");
        april.with("plans.yaml", PLAN.formatted("year") + "      - {effective_from: 2027-01-01, target: 3000}\n");

        // when
        List<String> calendarYear = april.problems();
        april.with("plans.yaml", PLAN.formatted("year") + "      - {effective_from: 2027-04-01, target: 3000}\n");
        List<PlanVersion> fiscalYear = april.load().planVersions().byPlan().get("bonus");

        // then
        assertEquals(List.of("plans.yaml:13 plans[0].versions[0].effective_from: must be the first day of a year (2027-01-01 is inside FY2027,"
                + " which starts on 2026-04-01): each period is worked out with one version of the plan"), calendarYear);
        assertEquals(LocalDate.of(2027, 3, 31), fiscalYear.get(0).to());
    }
}
