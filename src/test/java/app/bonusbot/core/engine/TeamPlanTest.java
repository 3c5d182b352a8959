package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Amounts.assertValue;
import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.capTimesTargetBonus;
import static app.bonusbot.core.engine.Plans.marginal;
import static app.bonusbot.core.engine.Plans.sum;
import static app.bonusbot.core.engine.Plans.teamPlan;
import static app.bonusbot.core.engine.Plans.withCap;
import static app.bonusbot.core.engine.Plans.withThreshold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.plan.Tiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Team north in Q4 2026: ada and bo all quarter, cai left on 14 Nov, dan joined on 1 Dec; eve is on team south. Team
 * target 3,000,000, pool 90,000, threshold 50 %, [0, 1) 1.0, [1, open) 2.0, cap 1.5 x pool = 135,000.
 */
class TeamPlanTest {

    private static final Person ADA = People.seller("ada");
    private static final Person BO = People.seller("bo");
    private static final Person CAI = People.leftOn("cai", "2026-11-14");
    private static final Person DAN = People.hiredOn("dan", "2026-12-01");
    private static final Person EVE = People.person("eve", "south", null, null);
    private static final Tiers TIERS = withCap(withThreshold(marginal(band("0", "1", "1"), band("1", null, "2")), "0.5"),
            capTimesTargetBonus("1.5"));

    private static Scenario team(TeamPlan plan, Deal... deals) {
        return new Scenario().people(ADA, BO, CAI, DAN, EVE).plans(plan).deals(deals);
    }

    /** 1,200,000 + 900,000 + 600,000 + 300,000 = 3,000,000 for north; eve's 5,000,000 is south's. */
    private static Scenario onTarget(TeamPlan plan) {
        return team(plan,
                won("ada", "1200000", "2026-10-15"),
                won("bo", "900000", "2026-11-20"),
                won("cai", "600000", "2026-11-10"),
                won("dan", "300000", "2026-12-05"),
                won("eve", "5000000", "2026-11-01"));
    }

    private static PlanResult.Team evaluate(Scenario scenario, TeamPlan plan, Person person) {
        return (PlanResult.Team) scenario.evaluate(plan, person, "2026-Q4", "2027-01-15");
    }

    @Test
    void the_team_metric_is_the_sum_over_its_members_including_a_leaver() {
        // given
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.EQUAL, "3000000", "90000");

        // when
        PlanResult.Team result = evaluate(onTarget(plan), plan, ADA);

        // then 1,200,000 + 900,000 + 600,000 + 300,000; a = 1.0; pool 1.0 x 90,000 x 1
        assertValue("3000000", result.teamMetric());
        assertValue("1", result.tiers().attainment());
        assertMoney("90000.00", result.pool());
    }

    @Test
    void an_equal_split_shares_the_pool_among_members_active_on_the_last_day() {
        // given
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.EQUAL, "3000000", "90000");
        Scenario scenario = onTarget(plan);

        // when
        PlanResult.Team ada = evaluate(scenario, plan, ADA);
        PlanResult.Team dan = evaluate(scenario, plan, DAN);

        // then ada, bo and dan are there on 31 Dec: 90,000 / 3 each, however little dan sold
        assertEquals(3, ada.sharers());
        assertMoney("30000.00", ada.total());
        assertMoney("30000.00", dan.total());
    }

    @Test
    void a_leaver_gets_nothing_of_an_equal_split() {
        // given
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.EQUAL, "3000000", "90000");

        // when
        PlanResult.Team cai = evaluate(onTarget(plan), plan, CAI);

        // then
        assertFalse(cai.eligible());
        assertEquals(List.of(), cai.lines());
        assertMoney("0.00", cai.total());
    }

    @Test
    void a_contribution_split_shares_the_pool_pro_rata_to_each_members_metric() {
        // given
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.CONTRIBUTION, "3000000", "90000");
        Scenario scenario = onTarget(plan);

        // when
        List<String> shares = List.of(ADA, BO, CAI, DAN).stream()
                .map(p -> evaluate(scenario, plan, p).total().toPlainString()).toList();

        // then 90,000 x 1.2/3 = 36,000; x 0.9/3 = 27,000; x 0.6/3 = 18,000; x 0.3/3 = 9,000
        assertEquals(List.of("36000.00", "27000.00", "18000.00", "9000.00"), shares);
    }

    @Test
    void a_member_without_deals_gets_nothing_of_a_contribution_split() {
        // given bo sold nothing
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.CONTRIBUTION, "3000000", "90000");
        Scenario scenario = team(plan, won("ada", "3000000", "2026-10-15"));

        // when
        PlanResult.Team bo = evaluate(scenario, plan, BO);
        PlanResult.Team ada = evaluate(scenario, plan, ADA);

        // then
        assertFalse(bo.eligible());
        assertMoney("0.00", bo.total());
        assertMoney("90000.00", ada.total());
    }

    @Test
    void the_team_threshold_exactly_met_pays_from_zero_and_just_below_pays_nothing() {
        // given
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.EQUAL, "3000000", "90000");

        // when
        PlanResult.Team met = evaluate(team(plan, won("ada", "1500000", "2026-10-15")), plan, ADA);
        PlanResult.Team missed = evaluate(team(plan, won("ada", "1499999.99", "2026-10-15")), plan, ADA);

        // then a = 0.5: pool 0.5 x 90,000 = 45,000, 15,000 each for 3; below: no pool
        assertTrue(met.tiers().thresholdMet());
        assertMoney("45000.00", met.pool());
        assertMoney("15000.00", met.total());
        assertFalse(missed.tiers().thresholdMet());
        assertMoney("0.00", missed.pool());
        assertMoney("0.00", missed.total());
    }

    @Test
    void the_team_cap_is_a_multiple_of_the_pool() {
        // given 6,000,000: a = 2.0
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.EQUAL, "3000000", "90000");

        // when
        PlanResult.Team result = evaluate(team(plan, won("ada", "6000000", "2026-10-15")), plan, BO);

        // then 90,000 + 1.0 x 90,000 x 2 = 270,000, capped at 1.5 x 90,000 = 135,000; 45,000 each
        assertTrue(result.tiers().capped());
        assertMoney("135000.00", result.pool());
        assertMoney("45000.00", result.total());
    }

    @Test
    void a_team_target_row_overrides_the_plan_defaults_for_that_team_only() {
        // given north's Q4 row: target 2,000,000, pool 60,000; south has its own row; no cap
        TeamPlan plan = teamPlan(sum(), marginal(band("0", "1", "1"), band("1", null, "2")), TeamSplit.EQUAL, "3000000", "90000");
        Scenario scenario = onTarget(plan)
                .teamTarget("north", "team", "2026-Q4", "2000000", "60000")
                .teamTarget("south", "team", "2026-Q4", "1", "1");

        // when
        PlanResult.Team result = evaluate(scenario, plan, ADA);

        // then a = 3,000,000 / 2,000,000 = 1.5: 60,000 + 0.5 x 60,000 x 2 = 120,000; 40,000 each
        assertValue("2000000", result.target());
        assertMoney("120000.00", result.pool());
        assertMoney("40000.00", result.total());
    }

    @Test
    void a_team_target_row_without_pool_takes_the_plans_default_pool() {
        // given north's Q4 row: target 2,000,000 and no pool; default pool 90,000; no cap
        TeamPlan plan = teamPlan(sum(), marginal(band("0", "1", "1"), band("1", null, "2")), TeamSplit.EQUAL, "3000000", "90000");
        Scenario scenario = onTarget(plan).teamTarget("north", "team", "2026-Q4", "2000000", null);

        // when
        PlanResult.Team result = evaluate(scenario, plan, ADA);

        // then a = 1.5: 90,000 + 0.5 x 90,000 x 2 = 180,000
        assertMoney("180000.00", result.pool());
    }

    @Test
    void a_team_target_is_not_prorated_for_a_member_who_joined_late() {
        // given
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.EQUAL, "3000000", "90000");

        // when
        PlanResult.Team dan = evaluate(onTarget(plan), plan, DAN);

        // then
        assertValue("3000000", dan.target());
        assertMoney("90000.00", dan.pool());
    }

    @Test
    void an_equal_share_is_rounded_per_member() {
        // given a pool of 100,000 for 3 members
        TeamPlan plan = teamPlan(sum(), marginal(band("0", null, "1")), TeamSplit.EQUAL, "3000000", "100000");

        // when
        PlanResult.Team result = evaluate(team(plan, won("ada", "3000000", "2026-10-15")), plan, BO);

        // then 100,000 / 3 = 33,333.333...
        assertMoney("33333.33", result.total());
    }

    @Test
    void a_team_without_target_pays_nothing() {
        // given no default target and no row
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.EQUAL, null, "90000");

        // when
        PlanResult.Team result = evaluate(onTarget(plan), plan, ADA);

        // then
        assertTrue(result.missingTarget());
        assertMoney("0.00", result.total());
    }

    @Test
    void the_team_pace_projects_the_team_metric_to_the_end_of_the_quarter() {
        // given 15 Nov: 46 of 92 days gone, the team has 1,500,000
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.EQUAL, "3000000", "90000");
        Scenario scenario = team(plan, won("ada", "1000000", "2026-10-15"), won("bo", "500000", "2026-11-14"));

        // when
        Pace pace = ((PlanResult.Team) scenario.evaluate(plan, ADA, "2026-Q4", "2026-11-15")).pace().orElseThrow();

        // then 1,500,000 x 92 / 46 = 3,000,000: pool 90,000
        assertValue("3000000", pace.projectedMetric());
        assertMoney("90000.00", pace.projectedPayout());
    }

    /** fay left on 30 Sep but still owns a deal the CRM closed on 5 Oct; gus joins in January and closed one early. */
    private static final Person FAY = People.leftOn("fay", "2026-09-30");
    private static final Person GUS = People.hiredOn("gus", "2027-01-04");

    private static Scenario withOwnersOutsideEmployment(TeamPlan plan) {
        return new Scenario().people(ADA, BO, FAY, GUS).plans(plan).deals(
                won("ada", "1500000", "2026-10-15"),
                won("bo", "600000", "2026-11-20"),
                won("fay", "600000", "2026-10-05"),
                won("gus", "300000", "2026-12-20"));
    }

    @Test
    void deals_of_members_with_no_working_day_in_the_period_still_count_in_the_team_metric() {
        // given fay and gus work no day of Q4, but the CRM closed their deals in it
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.EQUAL, "3000000", "90000");

        // when
        PlanResult.Team ada = evaluate(withOwnersOutsideEmployment(plan), plan, ADA);

        // then 1,500,000 + 600,000 + 600,000 + 300,000: the CRM owner is the source of truth
        assertValue("3000000", ada.teamMetric());
        assertMoney("90000.00", ada.pool());
    }

    @Test
    void a_contribution_split_pays_a_member_with_no_working_day_in_the_period_their_share() {
        // given
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.CONTRIBUTION, "3000000", "90000");
        Scenario scenario = withOwnersOutsideEmployment(plan);

        // when
        List<String> shares = List.of(ADA, BO, FAY, GUS).stream()
                .map(p -> evaluate(scenario, plan, p).total().toPlainString()).toList();

        // then 90,000 x 1.5/3 = 45,000; x 0.6/3 = 18,000 for bo and for fay, who left before the quarter; x 0.3/3 = 9,000
        assertEquals(List.of("45000.00", "18000.00", "18000.00", "9000.00"), shares);
        assertTrue(evaluate(scenario, plan, FAY).eligible());
    }

    @Test
    void an_equal_split_still_pays_only_members_employed_on_the_last_day() {
        // given
        TeamPlan plan = teamPlan(sum(), TIERS, TeamSplit.EQUAL, "3000000", "90000");
        Scenario scenario = withOwnersOutsideEmployment(plan);

        // when
        PlanResult.Team ada = evaluate(scenario, plan, ADA);
        PlanResult.Team fay = evaluate(scenario, plan, FAY);

        // then ada and bo share the pool; fay's deal counted for the team but she was gone on 31 Dec
        assertEquals(2, ada.sharers());
        assertMoney("45000.00", ada.total());
        assertFalse(fay.eligible());
        assertMoney("0.00", fay.total());
    }
}
