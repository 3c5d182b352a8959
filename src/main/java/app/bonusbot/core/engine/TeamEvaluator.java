package app.bonusbot.core.engine;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.OwnerKind;
import app.bonusbot.core.plan.Target;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A team's shared metric against the team target; the pool is split equally or by contribution. */
final class TeamEvaluator {

    /**
     * What the plan makes of the team's total, the same for every member: worked out once per team and window.
     *
     * @param outcome null when the team has no target or no pool
     */
    record Pool(TeamSums.Sum sum, BigDecimal teamMetric, BigDecimal target, BigDecimal poolBase, TierOutcome outcome, Optional<NextStep> next,
            Optional<Pace> pace) {}

    private final DealFacts facts;
    private final TargetBook targets;
    private final Directory directory;

    TeamEvaluator(DealFacts facts, TargetBook targets, Directory directory) {
        this.facts = facts;
        this.targets = targets;
        this.directory = directory;
    }

    PlanResult.Team evaluate(TeamPlan plan, Person person, Window window, TeamSums memo) {
        String teamId = teamOf(plan, person, window.range());
        MetricKind kind = plan.metric().kind();
        Pool shared = memo.pool(plan, teamId, window, () -> pool(plan, teamId, window, memo));
        TeamSums.Sum sum = shared.sum();
        Tally teamTally = sum.team();
        BigDecimal teamMetric = shared.teamMetric();
        BigDecimal ownMetric = TeamSums.contribution(kind, sum.of(person.id()));
        BigDecimal poolBase = shared.poolBase();
        TierOutcome outcome = shared.outcome();
        if (outcome == null) {
            return new PlanResult.Team(plan, window.period(), window.asOf(), teamId, teamTally, teamMetric, ownMetric, null, poolBase, null,
                    BigDecimal.ZERO.setScale(2), false, 0, Optional.empty(), Optional.empty(), List.of());
        }
        BigDecimal pool = outcome.total();

        int sharers;
        boolean eligible;
        List<PayoutLine> lines;
        if (plan.split() == TeamSplit.EQUAL) {
            sharers = sum.activeAtEnd();
            LocalDate end = window.period().end();
            eligible = person.activeOn(end) && teamId != null && teamId.equals(directory.teamOn(person, end).orElse(null));
            lines = eligible && pool.signum() > 0
                    ? List.of(new PayoutLine.ShareLine(pool, TeamSplit.EQUAL, BigDecimal.ONE, BigDecimal.valueOf(sharers),
                            Money.divide(pool, BigDecimal.valueOf(sharers))))
                    : List.of();
        } else {
            sharers = sum.contributors();
            eligible = ownMetric.signum() > 0;
            lines = eligible && pool.signum() > 0
                    ? List.of(new PayoutLine.ShareLine(pool, TeamSplit.CONTRIBUTION, ownMetric, sum.contributions(),
                            Money.divide(pool.multiply(ownMetric), sum.contributions())))
                    : List.of();
        }
        return new PlanResult.Team(plan, window.period(), window.asOf(), teamId, teamTally, teamMetric, ownMetric, shared.target(), poolBase, outcome,
                pool, eligible, sharers, shared.next(), shared.pace(), lines);
    }

    /**
     * The team of the plan the person is measured with: the one they are in at the end of their time on the plan in the
     * range (on its last day, unless they moved out of the plan's teams before); their configured team otherwise.
     */
    private String teamOf(TeamPlan plan, Person person, DateRange range) {
        String team = person.teamId();
        LocalDate last = null;
        for (String candidate : plan.teams()) {
            List<DateRange> days = directory.history().daysIn(person, candidate, range);
            if (!days.isEmpty() && (last == null || days.get(days.size() - 1).to().isAfter(last))) {
                last = days.get(days.size() - 1).to();
                team = candidate;
            }
        }
        return team;
    }

    private Pool pool(TeamPlan plan, String teamId, Window window, TeamSums memo) {
        MetricKind kind = plan.metric().kind();
        TeamSums.Sum sum = memo.of(facts, directory, teamId, window.range(), plan.metric().filter(), kind);
        BigDecimal teamMetric = MetricValue.of(kind, sum.team());
        Optional<Target> row = targets.find(OwnerKind.TEAM, teamId, plan.id(), window.period());
        BigDecimal target = row.map(Target::target).orElse(plan.defaultTarget());
        BigDecimal poolBase = row.map(Target::targetBonus).filter(p -> p != null).orElse(plan.defaultPool());
        if (target == null || target.signum() <= 0 || poolBase == null) {
            return new Pool(sum, teamMetric, null, poolBase, null, Optional.empty(), Optional.empty());
        }
        TierOutcome outcome = TierCalculator.apply(plan.tiers(), teamMetric, target, poolBase, poolBase);
        Optional<NextStep> next = TierCalculator.nextStep(plan.tiers(), teamMetric, target, MetricValue.neededScale(kind));
        Optional<Pace> pace = Optional.empty();
        if (window.running()) {
            long elapsed = new DateRange(window.period().start(), window.today()).days();
            long total = window.period().days();
            BigDecimal projected = MetricValue.project(kind, teamMetric, elapsed, total);
            TierOutcome projectedOutcome = TierCalculator.apply(plan.tiers(), projected, target, poolBase, poolBase);
            pace = Optional.of(new Pace(elapsed, total, projected, projectedOutcome.attainment(), projectedOutcome.total()));
        }
        return new Pool(sum, teamMetric, target, poolBase, outcome, next, pace);
    }
}
