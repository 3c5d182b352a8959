package app.bonusbot.core.engine;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.TeamMembership;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.OwnerKind;
import app.bonusbot.core.plan.Target;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.plan.TeamSplit;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A team's shared metric against the team target; the pool is split equally or by contribution. A person is measured
 * with the last of the plan's teams they are in during the period; on a contribution split, someone who moved between
 * the plan's teams also gets their share of each earlier team's pool they contributed to.
 */
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
        Pool shared = shared(plan, teamId, window, memo);
        TeamSums.Sum sum = shared.sum();
        Tally teamTally = sum.team();
        BigDecimal teamMetric = shared.teamMetric();
        BigDecimal ownMetric = TeamSums.contribution(kind, sum.of(person.id()));
        BigDecimal poolBase = shared.poolBase();
        TierOutcome outcome = shared.outcome();
        // What a mover closed in an earlier team of the plan is in that team's total and in its split's base, so a
        // contribution split pays them their share of that pool too: otherwise it would be paid to nobody. An equal
        // split pays the members in the team on the last day, so it has nothing for the teams they left.
        List<String> teams = teamsInOrder(plan, person, window.range());
        Map<String, PlanResult.OtherTeam> others = new LinkedHashMap<>();
        Map<String, PayoutLine.ShareLine> shares = new HashMap<>();
        if (plan.split() == TeamSplit.CONTRIBUTION) {
            for (String other : teams) {
                if (!other.equals(teamId)) {
                    otherTeam(plan, person, other, window, memo, others, shares);
                }
            }
        }
        if (outcome == null) {
            return new PlanResult.Team(plan, window.period(), window.asOf(), teamId, teamTally, teamMetric, ownMetric, null, poolBase, null,
                    BigDecimal.ZERO.setScale(2), false, 0, Optional.empty(), Optional.empty(), inOrder(teams, teamId, shares),
                    List.copyOf(others.values()));
        }
        BigDecimal pool = outcome.total();

        int sharers;
        boolean eligible;
        if (plan.split() == TeamSplit.EQUAL) {
            sharers = sum.activeAtEnd();
            LocalDate end = window.period().end();
            eligible = person.activeOn(end) && teamId != null && teamId.equals(directory.teamOn(person, end).orElse(null));
            if (eligible && pool.signum() > 0) {
                shares.put(teamId, new PayoutLine.ShareLine(teamId, pool, TeamSplit.EQUAL, BigDecimal.ONE, BigDecimal.valueOf(sharers),
                        Money.divide(pool, BigDecimal.valueOf(sharers))));
            }
        } else {
            sharers = sum.contributors();
            eligible = ownMetric.signum() > 0;
            contributionShare(teamId, pool, ownMetric, sum.contributions()).ifPresent(line -> shares.put(teamId, line));
        }
        return new PlanResult.Team(plan, window.period(), window.asOf(), teamId, teamTally, teamMetric, ownMetric, shared.target(), poolBase, outcome,
                pool, eligible, sharers, shared.next(), shared.pace(), inOrder(teams, teamId, shares), List.copyOf(others.values()));
    }

    /** Another team of the plan the person was in during the period: its figures, and their share of its pool. */
    private void otherTeam(TeamPlan plan, Person person, String other, Window window, TeamSums memo, Map<String, PlanResult.OtherTeam> others,
            Map<String, PayoutLine.ShareLine> shares) {
        Pool theirs = shared(plan, other, window, memo);
        BigDecimal own = TeamSums.contribution(plan.metric().kind(), theirs.sum().of(person.id()));
        if (own.signum() <= 0) {
            return;
        }
        BigDecimal pool = theirs.outcome() == null ? BigDecimal.ZERO.setScale(2) : theirs.outcome().total();
        others.put(other, new PlanResult.OtherTeam(other, theirs.sum().team(), theirs.teamMetric(), own, theirs.target(), theirs.poolBase(),
                theirs.outcome(), pool));
        contributionShare(other, pool, own, theirs.sum().contributions()).ifPresent(line -> shares.put(other, line));
    }

    /** Pool × own contribution / the team's contributions; none without a contribution or a pool. */
    private static Optional<PayoutLine.ShareLine> contributionShare(String teamId, BigDecimal pool, BigDecimal own, BigDecimal contributions) {
        if (own.signum() <= 0 || pool.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new PayoutLine.ShareLine(teamId, pool, TeamSplit.CONTRIBUTION, own, contributions,
                Money.divide(pool.multiply(own), contributions)));
    }

    /** The share lines in the order the person was in the teams; the team they are measured with first when in none. */
    private static List<PayoutLine> inOrder(List<String> teams, String teamId, Map<String, PayoutLine.ShareLine> shares) {
        List<PayoutLine> lines = new ArrayList<>();
        if (!teams.contains(teamId) && shares.containsKey(teamId)) {
            lines.add(shares.get(teamId));
        }
        teams.stream().filter(shares::containsKey).forEach(team -> lines.add(shares.get(team)));
        return lines;
    }

    /** The plan's teams the person is in on some day of the range, in the order they were in them. */
    private List<String> teamsInOrder(TeamPlan plan, Person person, DateRange range) {
        Set<String> teams = new LinkedHashSet<>();
        for (TeamMembership m : directory.history().of(person)) {
            if (plan.teams().contains(m.teamId()) && m.span().within(range).isPresent()) {
                teams.add(m.teamId());
            }
        }
        return List.copyOf(teams);
    }

    private Pool shared(TeamPlan plan, String teamId, Window window, TeamSums memo) {
        return memo.pool(plan, teamId, window, () -> pool(plan, teamId, window, memo));
    }

    /**
     * The team of the plan the person is measured with: the one they are in at the end of their time on the plan in the
     * range (on its last day, unless they moved out of the plan's teams before); their configured team otherwise.
     */
    private String teamOf(TeamPlan plan, Person person, DateRange range) {
        // Through the person's own memberships (one or two), not the plan's teams: a plan may list every team.
        String team = person.teamId();
        LocalDate last = null;
        for (TeamMembership m : directory.history().of(person)) {
            if (!plan.teams().contains(m.teamId())) {
                continue;
            }
            Optional<DateRange> days = m.span().within(range);
            if (days.isPresent() && (last == null || days.get().to().isAfter(last))) {
                last = days.get().to();
                team = m.teamId();
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
