package app.bonusbot.core.engine;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.RetentionPlan;
import app.bonusbot.core.plan.StockPlan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.util.List;

/** Evaluates plans for a person: the single entry point to the plan math. */
public final class Evaluator {

    private final Company company;
    private final DealFacts facts;
    private final PerformanceEvaluator performance;
    private final TeamEvaluator team;
    private final MilestoneEvaluator milestone;
    private final RetentionEvaluator retention = new RetentionEvaluator();
    private final StockEvaluator stock = new StockEvaluator();

    public Evaluator(Company company, DealFacts facts) {
        this.company = company;
        this.facts = facts;
        this.performance = new PerformanceEvaluator(facts, company.targets());
        this.team = new TeamEvaluator(facts, company.targets(), company.directory());
        this.milestone = new MilestoneEvaluator(facts);
    }

    public PlanResult evaluate(Plan plan, Person person, Period period, LocalDate today) {
        return evaluate(plan, person, period, today, new TeamSums());
    }

    private PlanResult evaluate(Plan plan, Person person, Period period, LocalDate today, TeamSums teamSums) {
        Window window = new Window(period, today);
        if (plan instanceof PerformancePlan p) {
            return performance.evaluate(p, person, window);
        } else if (plan instanceof TeamPlan t) {
            return team.evaluate(t, person, window, teamSums);
        } else if (plan instanceof MilestonePlan m) {
            return milestone.evaluate(m, person, window);
        } else if (plan instanceof RetentionPlan r) {
            return retention.evaluate(r, person, window);
        }
        return stock.evaluate((StockPlan) plan, person, window);
    }

    public Statement statement(Person person, PeriodRequest request, LocalDate today) {
        return statement(person, company.plansOf(person), request, today);
    }

    public Statement statement(Person person, List<Plan> plans, PeriodRequest request, LocalDate today) {
        return statement(person, plans, request, today, new TeamSums());
    }

    /**
     * The statements of several people (a team), in their order. A team plan's members' tallies are summed once for
     * all of them rather than once per member, so the answer costs as many tallies as the team has members, not their square;
     * their own tallies are read together too, one read per plan period rather than one per person.
     */
    public List<Statement> statements(List<Person> people, PeriodRequest request, LocalDate today) {
        Evaluator together = new Evaluator(company, new OwnersAtOnce(facts, people.stream().map(Person::id).toList()));
        TeamSums teamSums = new TeamSums();
        return people.stream().map(p -> together.statement(p, company.plansOf(p), request, today, teamSums)).toList();
    }

    private Statement statement(Person person, List<Plan> plans, PeriodRequest request, LocalDate today, TeamSums teamSums) {
        List<PlanResult> results = plans.stream()
                .map(plan -> evaluate(plan, person, request.resolve(plan.periodKind(), today), today, teamSums))
                .toList();
        return new Statement(person, today, results);
    }
}
