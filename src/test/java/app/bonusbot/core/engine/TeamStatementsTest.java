package app.bonusbot.core.engine;

import static app.bonusbot.core.engine.Deals.won;
import static app.bonusbot.core.engine.Plans.band;
import static app.bonusbot.core.engine.Plans.marginal;
import static app.bonusbot.core.engine.Plans.sum;
import static app.bonusbot.core.engine.Plans.teamPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.company.Settings;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.plan.TargetBook;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Set;
import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /bonus team}: the statements of every member of a manager's team, with the team plan summed once. */
class TeamStatementsTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final TeamPlan PLAN = teamPlan(sum(), marginal(band("0", null, "1")), TeamSplit.CONTRIBUTION, "1000000", "30000");

    /** The real in-memory ledger, counting how often the team's tallies are asked for. */
    static final class CountingFacts implements DealFacts {
        private final DealList deals;
        int teamTallies;
        int ownTallies;

        CountingFacts(Deal... deals) {
            this.deals = new DealList(List.of(deals));
        }

        @Override
        public Tally tally(String ownerId, DateRange range, DealFilter filter) {
            ownTallies++;
            return deals.tally(ownerId, range, filter);
        }

        @Override
        public Map<String, Tally> tallies(Collection<String> ownerIds, DateRange range, DealFilter filter) {
            teamTallies++;
            return deals.tallies(ownerIds, range, filter);
        }

        @Override
        public List<Deal> wonDeals(String ownerId, DateRange range, DealFilter filter) {
            return deals.wonDeals(ownerId, range, filter);
        }
    }

    private static Company company(List<Person> people) {
        return company(people, PLAN);
    }

    static Company company(List<Person> people, Plan... plans) {
        Directory directory = new Directory(people, List.of(new Team(People.TEAM, "North", "mia")));
        Settings settings = new Settings("Demo A/S", ZoneId.of("Europe/Copenhagen"), Currency.getInstance("DKK"), Language.EN, Set.of());
        return new Company(settings, directory, List.of(plans), new TargetBook(List.of()));
    }

    @Test
    void a_team_answer_sums_the_team_plan_once_not_once_per_member() {
        // GIVEN a team of 40 sellers on a shared team plan, each with a won deal this quarter
        List<Person> people = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            people.add(People.seller("s" + i));
            deals.add(won("s" + i, "1000", "2026-10-15"));
        }
        people.add(People.person("mia", "board", null, null));
        CountingFacts facts = new CountingFacts(deals.toArray(Deal[]::new));
        Company company = company(people);

        // WHEN their manager asks for the team view
        Map<Team, List<Statement>> statements = TeamStatements.of(company, new Evaluator(company, facts), company.directory().person("mia").orElseThrow(),
                PeriodRequest.CURRENT, TODAY);

        // THEN all 40 members are shown, and the team's tallies were asked for once for the whole answer
        assertEquals(40, statements.values().iterator().next().size());
        assertEquals(1, facts.teamTallies);
    }

    @Test
    void each_member_in_a_team_answer_sees_what_their_own_status_shows() {
        // GIVEN a team whose members sold different amounts, one of them nothing
        List<Person> people = List.of(People.seller("ada"), People.seller("bo"), People.seller("cai"), People.person("mia", "board", null, null));
        CountingFacts facts = new CountingFacts(won("ada", "600000", "2026-10-15"), won("bo", "200000", "2026-11-02"));
        Company company = company(people);
        Evaluator evaluator = new Evaluator(company, facts);

        // WHEN the manager asks for the team view
        List<Statement> team = TeamStatements.of(company, evaluator, company.directory().person("mia").orElseThrow(), PeriodRequest.CURRENT, TODAY)
                .values().iterator().next();

        // THEN every member's team result is the one their own status would show
        for (Statement member : team) {
            assertEquals(evaluator.statement(member.person(), PeriodRequest.CURRENT, TODAY).results(), member.results(), member.person().id());
        }
    }

    @Test
    void a_team_answer_reads_the_members_own_tallies_in_one_go() {
        // GIVEN a team of 30 sellers on a quarterly personal bonus plan, each with a won deal this quarter
        List<Person> people = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            people.add(People.seller("s" + i));
            deals.add(won("s" + i, "1000", "2026-10-15"));
        }
        people.add(People.person("mia", "board", null, null));
        CountingFacts facts = new CountingFacts(deals.toArray(Deal[]::new));
        Company company = company(people, Plans.bonusPlan(PeriodKind.QUARTER, sum(), marginal(band("0", null, "1")), "100000", "10000"));

        // WHEN their manager asks for the team view
        Map<Team, List<Statement>> statements = TeamStatements.of(company, new Evaluator(company, facts), company.directory().person("mia").orElseThrow(),
                PeriodRequest.CURRENT, TODAY);

        // THEN each member's own sum is shown, read for all 30 at once rather than one by one
        assertEquals(30, statements.values().iterator().next().size());
        assertEquals(0, facts.ownTallies);
        assertEquals(1, facts.teamTallies);
        for (Statement member : statements.values().iterator().next()) {
            assertEquals(new Evaluator(company, facts).statement(member.person(), PeriodRequest.CURRENT, TODAY).results(), member.results());
        }
    }
}
