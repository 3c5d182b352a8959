package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.marginal;
import static app.bonusbot.core.engine.Plans.sum;
import static app.bonusbot.core.engine.Plans.teamPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An evaluator per company snapshot keeps a team plan's sums for every member's status; an ordinary one does not. */
class SnapshotEvaluatorTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final TeamPlan PLAN = teamPlan(sum(), marginal(band("0", null, "1")), TeamSplit.CONTRIBUTION, "1000000", "30000");

    private final List<Person> people = new ArrayList<>();
    private TeamStatementsTest.CountingFacts facts;
    private Company company;

    /** A team of 40 sellers on a shared team plan, each with a won deal this quarter. */
    private void aTeamOfForty() {
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(People.seller("s" + i));
            deals.add(won("s" + i, "1000", "2026-10-15"));
        }
        facts = new TeamStatementsTest.CountingFacts(deals.toArray(Deal[]::new));
        company = TeamStatementsTest.company(people, PLAN);
    }

    @Test
    void an_evaluator_for_a_snapshot_sums_a_team_once_for_every_members_status() {
        // given
        aTeamOfForty();
        Evaluator snapshot = Evaluator.forSnapshot(company, facts);

        // when every member asks for their status, one by one
        List<Statement> statements = people.stream().map(p -> snapshot.statement(p, PeriodRequest.CURRENT, TODAY)).toList();

        // then the team was summed once, and each member sees what an evaluator of their own shows
        assertEquals(1, facts.teamTallies);
        for (Statement statement : statements) {
            assertEquals(new Evaluator(company, facts).statement(statement.person(), PeriodRequest.CURRENT, TODAY).results(), statement.results());
        }
    }

    @Test
    void an_ordinary_evaluator_sums_the_team_again_for_every_answer() {
        // given
        aTeamOfForty();
        Evaluator evaluator = new Evaluator(company, facts);

        // when
        people.forEach(p -> evaluator.statement(p, PeriodRequest.CURRENT, TODAY));

        // then the facts it is given may change between answers: nothing is kept
        assertEquals(40, facts.teamTallies);
    }
}
