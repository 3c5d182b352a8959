package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.plan.OwnerKind;
import app.bonusbot.core.plan.Target;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsConfigTest {

    @TempDir
    Path dir;

    /** bonus (quarterly, with default target bonus), pool (team, no default pool), rate (monthly win rate, no default bonus), and more. */
    private static final String PLANS = ConfigDir.PLANS + """
              - {id: pool, kind: team, name: Pool, period: quarter, teams: [sales], metric: {type: sum}, bands: [{from: 0, rate: 1}]}
              - {id: rate, kind: performance, name: Rate, period: month, enrolment: {people: [anna]}, metric: {type: win_rate}, bands: [{from: 0, rate: 1}]}
              - {id: flat, kind: performance, name: Flat, period: month, enrolment: {people: [anna]}, metric: {type: sum}, flat_rate: 1%}
              - {id: stay, kind: retention, name: Stay, period: quarter, enrolment: {people: [anna]}, installments: [{months: 6, amount: 1}]}
              - {id: deals, kind: performance, name: Deals, period: year, enrolment: {people: [anna]}, metric: {type: count}, bands: [{from: 0, rate: 1}], target_bonus: 10}
            """;

    private ConfigDir config(String rows) {
        return ConfigDir.valid(dir).with("plans.yaml", PLANS).with("targets.yaml", "targets:\n" + rows.indent(2));
    }

    private List<String> problemsWith(String rows) {
        return config(rows).problems();
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void reads_person_and_team_targets() {
        // given
        String rows = """
                - {person: anna, plan: bonus, period: 2026-q4, target: 1_200_000}
                - {person: anna, plan: rate, period: 2026-11, target: 35%, target_bonus: 5000}
                - {team: sales, plan: pool, period: 2026-Q4, target: 4000000, bonus_pool: 45000}
                - {person: anna, plan: deals, period: 2026, target: 40}
                """;

        // when
        List<Target> targets = config(rows).load().targets().targets();

        // then
        assertEquals(List.of(new Target(OwnerKind.PERSON, "anna", "bonus", "2026-Q4", d("1200000"), null),
                new Target(OwnerKind.PERSON, "anna", "rate", "2026-11", d("0.35"), d("5000")),
                new Target(OwnerKind.TEAM, "sales", "pool", "2026-Q4", d("4000000"), d("45000")),
                new Target(OwnerKind.PERSON, "anna", "deals", "2026", d("40"), null)), targets);
    }

    @Test
    void a_row_is_for_a_person_or_a_team() {
        // given
        String rows = """
                - {plan: bonus, period: 2026-Q4, target: 1}
                - {person: anna, team: sales, plan: bonus, period: 2026-Q4, target: 1}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0]: needs person (a person's target) or team (a team's target and bonus pool)",
                "targets.yaml:3 targets[1].team: give either person or team, not both"), problems);
    }

    @Test
    void plan_period_and_target_are_required() {
        // given
        String rows = """
                - {person: anna}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].plan: is required", "targets.yaml:2 targets[0].period: is required",
                "targets.yaml:2 targets[0].target: is required"), problems);
    }

    @Test
    void the_person_team_and_plan_must_exist() {
        // given
        String rows = """
                - {person: annna, plan: bonus, period: 2026-Q4, target: 1}
                - {team: sale, plan: pool, period: 2026-Q4, target: 1, bonus_pool: 1}
                - {person: anna, plan: bonus2, period: 2026-Q4, target: 1}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].person: no person 'annna' in people.yaml (did you mean 'anna'?)",
                "targets.yaml:3 targets[1].team: no team 'sale' in people.yaml (did you mean 'sales'?)",
                "targets.yaml:4 targets[2].plan: no plan 'bonus2' in plans.yaml (did you mean 'bonus'?)"), problems);
    }

    @Test
    void a_persons_target_is_for_a_performance_plan() {
        // given
        String rows = """
                - {person: anna, plan: pool, period: 2026-Q4, target: 1}
                - {person: anna, plan: stay, period: 2026-Q4, target: 1}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].plan: plan 'pool' is a team plan; a person's target needs a performance plan",
                "targets.yaml:3 targets[1].plan: plan 'stay' is a retention plan; a person's target needs a performance plan"), problems);
    }

    @Test
    void a_teams_target_is_for_a_team_plan() {
        // given
        String rows = """
                - {team: sales, plan: bonus, period: 2026-Q4, target: 1}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].plan: plan 'bonus' is a performance plan; a team's target needs a team plan"), problems);
    }

    @Test
    void a_flat_rate_plan_takes_no_target() {
        // given
        String rows = """
                - {person: anna, plan: flat, period: 2026-11, target: 1}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].plan: plan 'flat' pays a flat rate and takes no target"), problems);
    }

    @Test
    void a_period_is_a_month_quarter_or_year_key() {
        // given
        String rows = """
                - {person: anna, plan: bonus, period: Q4 2026, target: 1}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].period: must be a period such as 2026-Q4, 2026-11 or 2026, not 'Q4 2026'"), problems);
    }

    @Test
    void the_period_matches_the_plans_period() {
        // given
        String rows = """
                - {person: anna, plan: bonus, period: 2026-11, target: 1}
                - {person: anna, plan: rate, period: 2026-Q4, target: 0.3, target_bonus: 1}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].period: '2026-11' is a month but plan 'bonus' runs per quarter",
                "targets.yaml:3 targets[1].period: '2026-Q4' is a quarter but plan 'rate' runs per month"), problems);
    }

    @Test
    void a_target_is_greater_than_zero_and_a_bonus_never_negative() {
        // given
        String rows = """
                - {person: anna, plan: bonus, period: 2026-Q4, target: -1, target_bonus: -1}
                - {team: sales, plan: pool, period: 2026-Q4, target: 0, bonus_pool: -1}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].target: must be greater than 0", "targets.yaml:2 targets[0].target_bonus: must not be negative",
                "targets.yaml:3 targets[1].target: must be greater than 0", "targets.yaml:3 targets[1].bonus_pool: must not be negative"), problems);
    }

    @Test
    void a_win_rate_target_is_at_most_one_hundred_percent() {
        // given
        String rows = """
                - {person: anna, plan: rate, period: 2026-11, target: 101%, target_bonus: 1}
                - {person: anna, plan: rate, period: 2026-12, target: 100%, target_bonus: 1}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].target: a win-rate target must be greater than 0 and at most 1 (100%)"), problems);
    }

    @Test
    void a_count_target_is_whole() {
        // given
        String rows = """
                - {person: anna, plan: deals, period: 2026, target: 12.5}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].target: a count target must be a whole number of deals"), problems);
    }

    @Test
    void a_bonus_style_target_needs_a_target_bonus_when_the_plan_has_none() {
        // given
        String rows = """
                - {person: anna, plan: rate, period: 2026-11, target: 0.3}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].target_bonus: is required: plan 'rate' pays on target_bonus (base: target_bonus)"
                + " and sets no default target_bonus"), problems);
    }

    @Test
    void a_team_target_needs_a_bonus_pool_when_the_plan_has_none() {
        // given
        String rows = """
                - {team: sales, plan: pool, period: 2026-Q4, target: 1000}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].bonus_pool: is required: plan 'pool' sets no default bonus_pool"), problems);
    }

    @Test
    void a_person_has_a_target_bonus_and_a_team_a_bonus_pool() {
        // given
        String rows = """
                - {person: anna, plan: bonus, period: 2026-Q4, target: 1, bonus_pool: 1}
                - {team: sales, plan: pool, period: 2026-Q4, target: 1, target_bonus: 1, bonus_pool: 1}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].bonus_pool: is for a team's target; a person's target sets target_bonus",
                "targets.yaml:3 targets[1].target_bonus: is for a person's target; a team's target sets bonus_pool"), problems);
    }

    @Test
    void a_target_is_given_once_per_owner_plan_and_period() {
        // given
        String rows = """
                - {person: anna, plan: bonus, period: 2026-Q4, target: 1}
                - {person: anna, plan: bonus, period: 2026-q4, target: 2}
                - {person: anna, plan: bonus, period: 2027-Q1, target: 2}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:3 targets[1]: a target for this person, plan and period is already on line 2"), problems);
    }

    @Test
    void a_target_is_for_someone_on_the_plan() {
        // given
        String rows = """
                - {person: boss, plan: bonus, period: 2026-Q4, target: 1}
                """;

        // when
        List<String> problems = problemsWith(rows);

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].person: 'boss' is not enrolled in plan 'bonus' (its enrolment in plans.yaml)"), problems);
    }

    @Test
    void a_team_target_is_for_a_team_on_the_plan() {
        // given
        ConfigDir config = config("- {team: other, plan: pool, period: 2026-Q4, target: 1, bonus_pool: 1}\n")
                .with("people.yaml", ConfigDir.PEOPLE.replace("people:\n", "  - {id: other, name: Other}\npeople:\n"));

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(List.of("targets.yaml:2 targets[0].team: team 'other' is not on plan 'pool' (its teams in plans.yaml)"), problems);
    }

    @Test
    void targets_are_not_checked_against_an_unreadable_plans_file() {
        // given
        ConfigDir config = config("- {person: anna, plan: whatever, period: 2026-Q4, target: 1}\n").with("plans.yaml", "plans: [\n");

        // when
        List<String> problems = config.problems();

        // then
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("plans.yaml:2: YAML syntax error: expected the node content, but found '<stream end>' (while parsing a flow node)",
                problems.get(0));
    }

    @Test
    void a_quarter_in_targets_yaml_is_the_quarter_of_the_fiscal_year() {
        // given a fiscal year starting in April and a target for 2027-Q1
        ConfigDir config = config("- {person: anna, plan: bonus, period: 2027-Q1, target: 900000}\n")
                .with("settings.yaml", ConfigDir.SETTINGS + "fiscal_year_start: April\n");

        // when
        BotConfig loaded = config.load();
        FiscalYear april = loaded.settings().fiscalYear();

        // then it is the target of FY2027 Q1, April to June 2026, and of no calendar quarter
        assertEquals(List.of(new Target(OwnerKind.PERSON, "anna", "bonus", "FY2027-Q1", d("900000"), null)), loaded.targets().targets());
        assertEquals(d("900000"), loaded.targets().find(OwnerKind.PERSON, "anna", "bonus",
                PeriodKind.QUARTER.containing(LocalDate.of(2026, 5, 15), april)).orElseThrow().target());
        assertTrue(loaded.targets().find(OwnerKind.PERSON, "anna", "bonus", Period.parse("2027-Q1").orElseThrow()).isEmpty());
    }
}
