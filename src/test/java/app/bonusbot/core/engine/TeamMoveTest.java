package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Amounts.assertMoney;
import static app.bonusbot.core.engine.Amounts.assertValue;
import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.marginal;
import static app.bonusbot.core.engine.Plans.sum;
import static app.bonusbot.core.engine.Scenario.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.time.PeriodRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mo moves from team north to team south on 16 Nov 2026, in the middle of Q4: a deal counts for the team its owner was
 * in on its close date. Ada is in north and Eve in south all quarter. Both teams: target 400,000, pool 40,000, one band
 * at rate 1.
 */
class TeamMoveTest {

    private static final Person ADA = People.seller("ada");
    private static final Person MO = People.person("mo", "south", null, null);
    private static final Person EVE = People.person("eve", "south", null, null);

    private static TeamPlan plan(TeamSplit split) {
        return new TeamPlan("team", LocalizedText.of("Team"), PeriodKind.QUARTER, List.of(People.TEAM, "south"), sum(),
                marginal(band("0", null, "1")), split, new BigDecimal("400000"), new BigDecimal("40000"));
    }

    /** Mo's deal of 15 Oct is north's, his deal of 1 Dec is south's. */
    private static Scenario moving(TeamPlan plan) {
        return new Scenario().people(ADA, MO, EVE).plans(plan)
                .moves("mo", in(People.TEAM, null, "2026-11-15"), in("south", "2026-11-16", null))
                .deals(won("ada", "300000", "2026-10-10"), won("mo", "100000", "2026-10-15"), won("mo", "200000", "2026-12-01"),
                        won("eve", "200000", "2026-11-01"));
    }

    private static PlanResult.Team teamResult(Scenario scenario, Person person) {
        Statement statement = scenario.evaluator().statement(person, new PeriodRequest.Explicit(Scenario.period("2026-Q4")), LocalDate.parse("2027-01-15"));
        return (PlanResult.Team) statement.results().stream().filter(r -> r instanceof PlanResult.Team).findFirst().orElseThrow();
    }

    @Test
    void a_move_mid_quarter_splits_the_team_plan_contributions_by_close_date() {
        // GIVEN mo moved from north to south on 16 Nov, on a team plan split by contribution
        Scenario scenario = moving(plan(TeamSplit.CONTRIBUTION));

        // WHEN ada (north) and mo (south at the end of the quarter) look at Q4
        PlanResult.Team ada = teamResult(scenario, ADA);
        PlanResult.Team mo = teamResult(scenario, MO);

        // THEN north has ada's 300,000 and mo's deal of 15 Oct; south has eve's and mo's deal of 1 Dec
        assertEquals(People.TEAM, ada.teamId());
        assertValue("400000", ada.teamMetric());
        assertEquals("south", mo.teamId());
        assertValue("400000", mo.teamMetric());
        // mo's share of south's pool counts only what he closed while in south: 200,000 of 400,000
        assertValue("200000", mo.ownMetric());
        assertMoney("20000.00", mo.shareFrom("south").orElseThrow().amount());
        // ada shares north's pool with mo's contribution while in north: 300,000 of 400,000
        assertMoney("30000.00", ada.total());
    }

    @Test
    void a_mover_on_a_contribution_split_is_paid_a_share_of_each_team_pool_they_contributed_to() {
        // GIVEN mo closed 100,000 while in north and 200,000 while in south, on a team plan split by contribution
        Scenario scenario = moving(plan(TeamSplit.CONTRIBUTION));

        // WHEN ada (north), mo and eve (south) look at Q4
        PlanResult.Team ada = teamResult(scenario, ADA);
        PlanResult.Team mo = teamResult(scenario, MO);
        PlanResult.Team eve = teamResult(scenario, EVE);

        // THEN mo has one share line per team: north's 40,000 × 100,000 / 400,000 and south's 40,000 × 200,000 / 400,000
        assertEquals(2, mo.lines().size(), mo.lines().toString());
        PayoutLine.ShareLine north = (PayoutLine.ShareLine) mo.lines().get(0);
        PayoutLine.ShareLine south = (PayoutLine.ShareLine) mo.lines().get(1);
        assertEquals(People.TEAM, north.teamId());
        assertValue("100000", north.numerator());
        assertValue("400000", north.denominator());
        assertMoney("10000.00", north.amount());
        assertEquals("south", south.teamId());
        assertMoney("20000.00", south.amount());
        assertMoney("30000.00", mo.total());
        // AND he is still measured with south, the team he ends the quarter in, and north's figures are there to explain his share
        assertEquals("south", mo.teamId());
        assertEquals(1, mo.otherTeams().size());
        assertEquals(People.TEAM, mo.otherTeams().get(0).teamId());
        assertValue("400000", mo.otherTeams().get(0).teamMetric());
        assertMoney("40000.00", mo.otherTeams().get(0).pool());
        // AND each team's shares add up to its pool to the cent: nothing goes to nobody
        assertMoney("40000.00", ada.total().add(north.amount()));
        assertMoney("40000.00", eve.total().add(south.amount()));
    }

    @Test
    void a_movers_share_of_an_earlier_teams_pool_is_rounded_on_its_own_line_as_every_share_is() {
        // GIVEN north with a target of 300,000 and a pool of 10,000, which ada, cy and mo (before his move to south) each
        // closed a third of
        Person cy = People.seller("cy");
        TeamPlan plan = new TeamPlan("team", LocalizedText.of("Team"), PeriodKind.QUARTER, List.of(People.TEAM, "south"), sum(),
                marginal(band("0", null, "1")), TeamSplit.CONTRIBUTION, new BigDecimal("300000"), new BigDecimal("10000"));
        Scenario scenario = new Scenario().people(ADA, cy, MO, EVE).plans(plan)
                .moves("mo", in(People.TEAM, null, "2026-11-15"), in("south", "2026-11-16", null))
                .deals(won("ada", "100000", "2026-10-10"), won("cy", "100000", "2026-10-12"), won("mo", "100000", "2026-10-15"),
                        won("eve", "300000", "2026-11-01"));

        // WHEN the three look at Q4
        PlanResult.Team ada = teamResult(scenario, ADA);
        PlanResult.Team cyResult = teamResult(scenario, cy);
        PlanResult.Team mo = teamResult(scenario, MO);

        // THEN each is paid 10,000 / 3 = 3,333.33 of north's pool, mo on a line of his own, rounded half up like the others':
        // the three lines add up to 9,999.99, the cent the rounding of each share leaves, as a pool split three ways
        // always has (README, "Rounding")
        assertMoney("3333.33", mo.shareFrom(People.TEAM).orElseThrow().amount());
        assertMoney("3333.33", mo.total());
        assertMoney("9999.99", ada.total().add(cyResult.total()).add(mo.total()));
    }

    @Test
    void an_equal_split_is_shared_by_the_members_in_the_team_on_the_last_day() {
        // GIVEN the same move, on a team plan split equally
        Scenario scenario = moving(plan(TeamSplit.EQUAL));

        // WHEN ada, mo and eve look at Q4
        PlanResult.Team ada = teamResult(scenario, ADA);
        PlanResult.Team mo = teamResult(scenario, MO);
        PlanResult.Team eve = teamResult(scenario, EVE);

        // THEN ada shares north's pool alone, mo and eve share south's
        assertEquals(1, ada.sharers());
        assertMoney("40000.00", ada.total());
        assertEquals(2, mo.sharers());
        assertTrue(mo.eligible());
        assertMoney("20000.00", mo.total());
        assertMoney("20000.00", eve.total());
        // AND mo has no share of north's pool, which ada, its one member on the last day, is paid in full
        assertTrue(mo.otherTeams().isEmpty());
        assertTrue(mo.shareFrom(People.TEAM).isEmpty());
    }

    @Test
    void an_equal_split_pool_of_a_team_with_nobody_in_it_on_the_last_day_is_paid_to_nobody() {
        // GIVEN mo moved from north to south on 16 Nov and ada, north's other member, left the company on 15 Dec
        Person adaLeft = People.leftOn("ada", "2026-12-15");
        Scenario scenario = new Scenario().people(adaLeft, MO, EVE).plans(plan(TeamSplit.EQUAL))
                .moves("mo", in(People.TEAM, null, "2026-11-15"), in("south", "2026-11-16", null))
                .deals(won("ada", "300000", "2026-10-10"), won("mo", "100000", "2026-10-15"), won("mo", "200000", "2026-12-01"),
                        won("eve", "200000", "2026-11-01"));

        // WHEN ada and mo look at Q4
        PlanResult.Team ada = teamResult(scenario, adaLeft);
        PlanResult.Team mo = teamResult(scenario, MO);

        // THEN north earned its pool of 40,000 but has no member on the quarter's last day to share it: the equal
        // split's rule (README, "Team moves and dated enrolments") pays it to nobody, and not to mo, who left north
        assertMoney("40000.00", ada.pool());
        assertEquals(0, ada.sharers());
        assertMoney("0.00", ada.total());
        assertMoney("20000.00", mo.total());
        assertTrue(mo.shareFrom(People.TEAM).isEmpty());
    }

    @Test
    void someone_who_moved_out_of_the_plans_teams_before_the_quarter_ends_is_measured_with_their_last_team_of_it() {
        // GIVEN a team plan of north only, and mo who left north for south on 16 Nov
        TeamPlan northOnly = new TeamPlan("team", LocalizedText.of("Team"), PeriodKind.QUARTER, List.of(People.TEAM), sum(),
                marginal(band("0", null, "1")), TeamSplit.EQUAL, new BigDecimal("400000"), new BigDecimal("40000"));
        Scenario scenario = moving(northOnly);

        // WHEN mo looks at Q4
        PlanResult.Team mo = teamResult(scenario, MO);

        // THEN he sees north's figures but, not in north on the last day, no share of an equal split
        assertEquals(People.TEAM, mo.teamId());
        assertValue("400000", mo.teamMetric());
        assertFalse(mo.eligible());
        assertMoney("0.00", mo.total());
    }

    @Test
    void a_team_plan_leaves_out_a_quarter_in_which_the_person_was_in_none_of_its_teams() {
        // GIVEN mo, in north until 15 Nov, on a team plan of north only
        TeamPlan northOnly = new TeamPlan("team", LocalizedText.of("Team"), PeriodKind.QUARTER, List.of(People.TEAM), sum(),
                marginal(band("0", null, "1")), TeamSplit.EQUAL, new BigDecimal("400000"), new BigDecimal("40000"));
        Scenario scenario = moving(northOnly);

        // WHEN mo looks at Q1 2027, all of it in south
        Statement statement = scenario.evaluator().statement(MO, new PeriodRequest.Explicit(Scenario.period("2027-Q1")), LocalDate.parse("2027-02-15"));

        // THEN the plan is not in his statement
        assertTrue(statement.results().isEmpty());
    }
}
