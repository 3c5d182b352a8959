package app.bonusbot.core.engine;

import app.bonusbot.core.company.Company;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.PlanVersion;
import app.bonusbot.core.plan.RetentionPlan;
import app.bonusbot.core.plan.StockPlan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Evaluates plans for a person: the single entry point to the plan math. */
public final class Evaluator {

    private final Company company;
    private final DealFacts facts;
    /** Team sums kept for the evaluator's life; null to sum them anew for every call. */
    private final TeamSums kept;
    private final TeamEvaluator team;
    private final RetentionEvaluator retention = new RetentionEvaluator();
    private final StockEvaluator stock = new StockEvaluator();

    public Evaluator(Company company, DealFacts facts) {
        this(company, facts, null);
    }

    private Evaluator(Company company, DealFacts facts, TeamSums kept) {
        this.company = company;
        this.facts = facts;
        this.kept = kept;
        this.team = new TeamEvaluator(facts, company.targets(), company.directory());
    }

    /**
     * An evaluator that keeps what it sums for a team plan (the members' tallies, the pool) for its whole life, so
     * that every member's status after the first costs a look-up, not a sum over the team. Only for deal facts that do
     * not change while it is in use: a company snapshot that a write to the deals replaces (the store's
     * CompanySnapshots) with an evaluator per snapshot. Safe for several threads at once.
     */
    public static Evaluator forSnapshot(Company company, DealFacts facts) {
        return new Evaluator(company, facts, new TeamSums());
    }

    /**
     * This evaluator on other facts about the same deals, such as {@link DealFacts#forOwner} gives, keeping what it has
     * summed for teams. Not for facts that add or hide deals (a what-if): those need an evaluator of their own.
     */
    public Evaluator on(DealFacts sameDeals) {
        return new Evaluator(company, sameDeals, kept);
    }

    public Company company() {
        return company;
    }

    /**
     * The plan for the person and period, with the plan's version in force on the period's first day (its last version
     * when the plan has ended before the period: a caller that may ask for such a period uses a statement, which leaves
     * an ended plan out).
     */
    public PlanResult evaluate(Plan plan, Person person, Period period, LocalDate today) {
        Plan inForce = company.versions().inForce(plan, period.start())
                .orElseGet(() -> lastVersion(plan));
        List<DateRange> enrolled = EnrolledDays.of(inForce, person, company.directory().history(), DateRange.of(period));
        // Asked about someone the plan never enrols (a stand-in, a what-if): the whole period, as before dates existed.
        if (enrolled.isEmpty() && !company.plansOf(person).contains(plan)) {
            enrolled = List.of(DateRange.of(period));
        }
        return evaluate(inForce, person, period, today, facts, teamSums(), enrolled);
    }

    private Plan lastVersion(Plan plan) {
        List<PlanVersion> versions = company.versions().byPlan().get(plan.id());
        return versions.get(versions.size() - 1).plan();
    }

    private TeamSums teamSums() {
        return kept != null ? kept : new TeamSums();
    }

    private PlanResult evaluate(Plan plan, Person person, Period period, LocalDate today, DealFacts own, TeamSums teamSums, List<DateRange> enrolled) {
        Window window = new Window(period, today);
        if (plan instanceof PerformancePlan p) {
            return new PerformanceEvaluator(own, company.targets()).evaluate(p, person, window, enrolled);
        } else if (plan instanceof TeamPlan t) {
            return team.evaluate(t, person, window, teamSums);
        } else if (plan instanceof MilestonePlan m) {
            return new MilestoneEvaluator(own).evaluate(m, person, window, enrolled);
        } else if (plan instanceof RetentionPlan r) {
            return retention.evaluate(r, person, window);
        }
        return stock.evaluate((StockPlan) plan, person, window);
    }

    public Statement statement(Person person, PeriodRequest request, LocalDate today) {
        return statement(person, company.plansOf(person), request, today);
    }

    public Statement statement(Person person, List<Plan> plans, PeriodRequest request, LocalDate today) {
        return statement(person, plans, request, today, teamSums());
    }

    /**
     * The statements of several people (a team), in their order. A team plan's members' tallies are summed once for
     * all of them rather than once per member, so the answer costs as many tallies as the team has members, not their square;
     * their own tallies are read together too, one read per plan period rather than one per person.
     */
    public List<Statement> statements(List<Person> people, PeriodRequest request, LocalDate today) {
        return statements(people, request, today, plan -> true);
    }

    /**
     * As {@link #statements(List, PeriodRequest, LocalDate)}, with only the plans a view shows: a manager's team view
     * shows attainment, so the pay of milestones, retention and shares need not be worked out for thousands of members.
     */
    public List<Statement> statements(List<Person> people, PeriodRequest request, LocalDate today, Predicate<Plan> shown) {
        Evaluator together = new Evaluator(company, new OwnersAtOnce(facts, people.stream().map(Person::id).toList()), kept);
        TeamSums teamSums = teamSums();
        return people.stream()
                .map(p -> together.statement(p, company.plansOf(p).stream().filter(shown).toList(), request, today, teamSums))
                .toList();
    }

    /**
     * The days whose deals a statement of these plans reads about the person's own deals (performance and milestone
     * plans; a team plan's are summed for the team), from the first day of the earliest period to the last of the
     * latest; empty when none does.
     */
    public static Optional<DateRange> ownDealDays(List<Plan> plans, PeriodRequest request, LocalDate today, FiscalYear fiscalYear) {
        LocalDate from = null;
        LocalDate to = null;
        for (Plan plan : plans) {
            if (plan instanceof PerformancePlan || plan instanceof MilestonePlan) {
                Period period = request.resolve(plan.periodKind(), today, fiscalYear);
                from = from == null || period.start().isBefore(from) ? period.start() : from;
                to = to == null || period.end().isAfter(to) ? period.end() : to;
            }
        }
        return from == null ? Optional.empty() : Optional.of(new DateRange(from, to));
    }

    private Statement statement(Person person, List<Plan> plans, PeriodRequest request, LocalDate today, TeamSums teamSums) {
        // One read of the person's deals for all their plans, where the facts can (the ledger can).
        DealFacts own = ownDealDays(plans, request, today, company.settings().fiscalYear()).map(days -> facts.forOwner(person.id(), days)).orElse(facts);
        List<PlanResult> results = new ArrayList<>();
        for (Plan plan : plans) {
            Period period = request.resolve(plan.periodKind(), today, company.settings().fiscalYear());
            // Each period is worked out with the version of the plan in force for it; a plan that has ended, or whose
            // version does not enrol the person on any day of the period (dated enrolments and team moves), is left out.
            Optional<Plan> inForce = company.versions().inForce(plan, period.start());
            if (inForce.isPresent()) {
                List<DateRange> enrolled = EnrolledDays.of(inForce.get(), person, company.directory().history(), DateRange.of(period));
                if (!enrolled.isEmpty()) {
                    results.add(evaluate(inForce.get(), person, period, today, own, teamSums, enrolled));
                }
            }
        }
        return new Statement(person, today, results);
    }
}
