package app.bonusbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.plan.Cap;
import app.bonusbot.core.plan.Installment;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.plan.RetentionPlan;
import app.bonusbot.core.plan.StockGrant;
import app.bonusbot.core.plan.StockPlan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Team, milestone, retention and stock plans. */
class OtherPlansConfigTest {

    @TempDir
    Path dir;

    private ConfigDir config(String plan) {
        return ConfigDir.valid(dir).with("targets.yaml", "").withPlan(plan);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static final String TEAM = """
            - id: pool
              kind: team
              name: Team pool
              period: quarter
              teams: [sales]
              metric: {type: sum}
              bands: [{from: 0, rate: 1}]
            """;

    @Test
    void reads_a_team_plan() {
        // given
        String plan = TEAM + "  split: contribution\n  cap: {multiple_of_bonus_pool: 1.5}\n  target: 3000000\n  bonus_pool: 40000\n";

        // when
        TeamPlan team = (TeamPlan) config(plan).load().plans().get(0);

        // then
        assertEquals(List.of("sales"), team.teams());
        assertEquals(TeamSplit.CONTRIBUTION, team.split());
        assertEquals(new Cap.MultipleOfTargetBonus(d("1.5")), team.tiers().cap());
        assertEquals(d("3000000"), team.defaultTarget());
        assertEquals(d("40000"), team.defaultPool());
    }

    @Test
    void a_team_plan_splits_equally_unless_told_otherwise() {
        // given
        String plan = TEAM;

        // when
        TeamPlan team = (TeamPlan) config(plan).load().plans().get(0);

        // then
        assertEquals(TeamSplit.EQUAL, team.split());
    }

    @Test
    void a_team_plans_teams_must_exist() {
        // given
        String plan = TEAM.replace("teams: [sales]", "teams: [sales, nordics]");

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:6 plans[0].teams[1]: no team 'nordics' in people.yaml"), problems);
    }

    @Test
    void a_team_plan_names_at_least_one_team() {
        // given
        String plan = TEAM.replace("teams: [sales]", "teams: []");

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:6 plans[0].teams: must list at least one entry"), problems);
    }

    @Test
    void a_team_default_target_needs_a_bonus_pool() {
        // given
        String plan = TEAM + "  target: 3000000\n";

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:2 plans[0].bonus_pool: is required along with target: the team's bands pay out of the pool"), problems);
    }

    @Test
    void a_team_cap_is_a_multiple_of_the_pool() {
        // given
        String plan = TEAM + "  cap: {multiple_of_target_bonus: 2}\n";

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].cap.multiple_of_target_bonus: unknown field 'multiple_of_target_bonus'"
                + " (known fields: amount, multiple_of_bonus_pool)",
                "plans.yaml:9 plans[0].cap: give either amount or multiple_of_bonus_pool"), problems);
    }

    @Test
    void a_team_split_is_equal_or_contribution() {
        // given
        String plan = TEAM + "  split: pro_rata\n";

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].split: must be one of equal, contribution, not 'pro_rata'"), problems);
    }

    @Test
    void a_team_plan_has_no_enrolment_its_teams_are_on_it() {
        // given
        String plan = TEAM + "  enrolment: {teams: [sales]}\n";

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].enrolment: is not used by team plans"), problems);
    }

    private static final String MILESTONE = """
            - id: milestones
              kind: milestone
              name: Milestones
              period: quarter
              enrolment: {teams: [sales]}
              rules:
            """;

    @Test
    void reads_milestone_rules() {
        // given
        String plan = MILESTONE + """
                    - id: big-renewal
                      name: {en: Big renewal, da: Stor fornyelse}
                      type: per_event
                      filter: {deal_types: [renewal], min_amount: 50_000}
                      amount: 1500
                    - {id: five, name: Five new, type: count_reached, filter: {deal_types: [new]}, count: 5, amount: 5000}
                """;

        // when
        MilestonePlan milestone = (MilestonePlan) config(plan).load().plans().get(0);

        // then
        assertEquals(List.of(
                new MilestoneRule.PerEvent("big-renewal", new LocalizedText(Map.of(Language.EN, "Big renewal", Language.DA, "Stor fornyelse")),
                        new DealFilter(Set.of("renewal"), Set.of(), Set.of(), d("50000")), d("1500")),
                new MilestoneRule.CountReached("five", LocalizedText.of("Five new"), new DealFilter(Set.of("new"), Set.of(), Set.of(), null), 5,
                        d("5000"))), milestone.rules());
    }

    @Test
    void a_rule_id_is_unique_within_its_plan() {
        // given
        String plan = MILESTONE + """
                    - {id: a, name: A, type: per_event, amount: 1}
                    - {id: a, name: B, type: per_event, amount: 2}
                """;

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].rules[1].id: rule id 'a' is used twice in this plan (first on line 8)"), problems);
    }

    @Test
    void a_count_reached_rule_needs_a_count_of_at_least_one() {
        // given
        String plan = MILESTONE + """
                    - {id: a, name: A, type: count_reached, amount: 1}
                    - {id: b, name: B, type: count_reached, amount: 1, count: 0}
                """;

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:8 plans[0].rules[0].count: is required", "plans.yaml:9 plans[0].rules[1].count: must be at least 1"),
                problems);
    }

    @Test
    void a_per_event_rule_has_no_count() {
        // given
        String plan = MILESTONE + """
                    - {id: a, name: A, type: per_event, amount: 1, count: 3}
                """;

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:8 plans[0].rules[0].count: only applies to type count_reached"), problems);
    }

    @Test
    void a_rule_needs_id_name_type_and_a_non_negative_amount() {
        // given
        String plan = MILESTONE + """
                    - {type: per-event, amount: -5}
                """;

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:8 plans[0].rules[0].id: is required", "plans.yaml:8 plans[0].rules[0].name: is required",
                "plans.yaml:8 plans[0].rules[0].type: must be one of per_event, count_reached, not 'per-event' (did you mean 'per_event'?)",
                "plans.yaml:8 plans[0].rules[0].amount: must not be negative"), problems);
    }

    @Test
    void a_milestone_plan_has_at_least_one_rule() {
        // given
        String plan = MILESTONE.replace("rules:", "rules: []");

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:7 plans[0].rules: must list at least one entry"), problems);
    }

    private static final String RETENTION = """
            - id: stay
              kind: retention
              name: Stay
              period: quarter
              enrolment: {people: [anna]}
              installments:
            """;

    @Test
    void reads_retention_installments() {
        // given
        String plan = RETENTION + "    - {months: 6, amount: 10_000}\n    - {months: 12, amount: 15000.50}\n";

        // when
        RetentionPlan retention = (RetentionPlan) config(plan).load().plans().get(0);

        // then
        assertEquals(List.of(new Installment(6, d("10000")), new Installment(12, d("15000.50"))), retention.installments());
    }

    @Test
    void installments_come_in_rising_months() {
        // given
        String plan = RETENTION + "    - {months: 12, amount: 1}\n    - {months: 12, amount: 2}\n    - {months: 6, amount: 3}\n";

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].installments[1].months: must be more than the previous installment's months (12)",
                "plans.yaml:10 plans[0].installments[2].months: must be more than the previous installment's months (12)"), problems);
    }

    @Test
    void an_installment_is_at_least_one_month_and_never_negative() {
        // given
        String plan = RETENTION + "    - {months: 0, amount: -1}\n    - {months: 1.5, amount: 1}\n";

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:8 plans[0].installments[0].months: must be at least 1",
                "plans.yaml:8 plans[0].installments[0].amount: must not be negative",
                "plans.yaml:9 plans[0].installments[1].months: must be a whole number, not '1.5'"), problems);
    }

    private static final String STOCK = """
            - id: equity
              kind: stock
              name: Equity
              share_price: 142.50
              grants:
            """;

    @Test
    void reads_stock_grants_with_plan_defaults_and_their_own_terms() {
        // given
        String plan = STOCK.replace("  grants:", "  cliff_months: 12\n  vesting_months: 48\n  grants:")
                + "    - {person: anna, shares: 1_200, date: 2025-11-10}\n"
                + "    - {person: boss, shares: 600, date: 2021-01-04, cliff_months: 6, vesting_months: 36}\n";

        // when
        StockPlan stock = (StockPlan) config(plan).load().plans().get(0);

        // then
        assertEquals(d("142.50"), stock.sharePrice());
        assertEquals(PeriodKind.QUARTER, stock.periodKind());
        assertEquals(List.of(new StockGrant("anna", 1200, LocalDate.of(2025, 11, 10), 12, 48), new StockGrant("boss", 600, LocalDate.of(2021, 1, 4), 6, 36)),
                stock.grants());
    }

    @Test
    void a_grant_needs_cliff_and_vesting_here_or_on_the_plan() {
        // given
        String plan = STOCK + "    - {person: anna, shares: 100, date: 2025-11-10}\n";

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:7 plans[0].grants[0].cliff_months: is required (here or once on the plan)",
                "plans.yaml:7 plans[0].grants[0].vesting_months: is required (here or once on the plan)"), problems);
    }

    @Test
    void vesting_takes_at_least_a_month_and_the_cliff_is_never_negative() {
        // given
        String plan = STOCK + "    - {person: anna, shares: 100, date: 2025-11-10, cliff_months: -1, vesting_months: 0}\n";

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:7 plans[0].grants[0].cliff_months: must not be negative",
                "plans.yaml:7 plans[0].grants[0].vesting_months: must be at least 1"), problems);
    }

    @Test
    void the_cliff_is_not_longer_than_vesting() {
        // given
        String plan = STOCK.replace("  grants:", "  cliff_months: 24\n  vesting_months: 12\n  grants:")
                + "    - {person: anna, shares: 100, date: 2025-11-10}\n"
                + "    - {person: boss, shares: 100, date: 2025-11-10, cliff_months: 12, vesting_months: 6}\n";

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:6 plans[0].cliff_months: must not be more than vesting_months (12)",
                "plans.yaml:10 plans[0].grants[1].cliff_months: cliff_months (12) must not be more than vesting_months (6)"), problems);
    }

    @Test
    void a_cliff_equal_to_vesting_is_allowed() {
        // given
        String plan = STOCK + "    - {person: anna, shares: 100, date: 2025-11-10, cliff_months: 12, vesting_months: 12}\n";

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void a_grant_is_of_at_least_one_share_to_a_known_person_on_a_date() {
        // given
        String plan = STOCK.replace("  grants:", "  cliff_months: 12\n  vesting_months: 48\n  grants:")
                + "    - {person: olga, shares: 0, date: 2025-11-31}\n";

        // when
        List<String> problems = config(plan).problems();

        // then
        assertEquals(List.of("plans.yaml:9 plans[0].grants[0].shares: must be at least 1",
                "plans.yaml:9 plans[0].grants[0].date: '2025-11-31' is not a date in the calendar",
                "plans.yaml:9 plans[0].grants[0].person: no person 'olga' in people.yaml"), problems);
    }

    @Test
    void a_share_price_is_required_and_never_negative() {
        // given
        String missing = STOCK.replace("  share_price: 142.50\n", "") + "    - {person: anna, shares: 1, date: 2025-11-10, cliff_months: 0, vesting_months: 1}\n";
        String negative = STOCK.replace("142.50", "-1") + "    - {person: anna, shares: 1, date: 2025-11-10, cliff_months: 0, vesting_months: 1}\n";

        // when
        List<String> missingProblems = config(missing).problems();
        List<String> negativeProblems = config(negative).problems();

        // then
        assertEquals(List.of("plans.yaml:2 plans[0].share_price: is required"), missingProblems);
        assertEquals(List.of("plans.yaml:5 plans[0].share_price: must not be negative"), negativeProblems);
    }
}
