package app.bonusbot.core.engine;

import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A team's members' tallies, summed once: {@code /bonus team} evaluates the same team plan for every member, and
 * without this each of them would fetch and add up all members' tallies again (members² work); and what the plan
 * makes of the team's total (pool, next tier, pace) is the same for every member, so it is worked out once too. Lives
 * as long as one call into the {@link Evaluator}, or, for {@link Evaluator#forSnapshot}, as long as the company
 * snapshot, which a write to the deals replaces: it never outlives the deals it was summed from. Safe for several
 * threads at once.
 */
final class TeamSums {

    /** What the team's plan needs of all its members, the same for whichever member asks. */
    record Sum(Map<String, Tally> byMember, Tally team, BigDecimal contributions, int contributors, int activeAtEnd) {

        Tally of(String memberId) {
            return byMember.getOrDefault(memberId, Tally.NONE);
        }
    }

    private record Key(String teamId, DateRange range, DealFilter filter, MetricKind kind) {}

    private record PoolKey(TeamPlan plan, String teamId, Window window) {

        // The plan by identity, as the company holds it: its own hash walks its tiers and names, on every member's answer.
        @Override
        public boolean equals(Object o) {
            return o instanceof PoolKey k && k.plan == plan && Objects.equals(k.teamId, teamId) && k.window.equals(window);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(plan) * 31 + Objects.hashCode(teamId)) * 31 + window.hashCode();
        }
    }

    /**
     * Members' tallies held at most, over all sums: the everyday plans of every team many times over. Past it (people
     * asking for period after period between two writes) the sums start again, as after a write.
     */
    private static final int MAX_MEMBERS = 400_000;

    private final Map<Key, Sum> sums = new ConcurrentHashMap<>();
    private final Map<PoolKey, TeamEvaluator.Pool> pools = new ConcurrentHashMap<>();
    private final AtomicInteger members = new AtomicInteger();

    Sum of(DealFacts facts, Directory directory, String teamId, DateRange range, DealFilter filter, MetricKind kind) {
        return once(sums, new Key(teamId, range, filter, kind), () -> {
            int size = directory.membersWithin(teamId, range).size();
            if (members.addAndGet(size) > MAX_MEMBERS) {
                sums.clear();
                pools.clear();
                members.set(size);
            }
            return sum(facts, directory, teamId, range, filter, kind);
        });
    }

    /** What the plan makes of the team's total as seen in the window: the same for every member who asks. */
    TeamEvaluator.Pool pool(TeamPlan plan, String teamId, Window window, Supplier<TeamEvaluator.Pool> workedOut) {
        return once(pools, new PoolKey(plan, teamId, window), workedOut);
    }

    /**
     * Worked out outside the map's locks, so that one team's sum does not hold up another team's answer; two threads
     * may both work out the same entry once, with the same result, and the first to finish is kept.
     */
    private static <K, V> V once(Map<K, V> known, K key, Supplier<V> workOut) {
        V value = known.get(key);
        if (value != null) {
            return value;
        }
        V fresh = workOut.get();
        V raced = known.putIfAbsent(key, fresh);
        return raced != null ? raced : fresh;
    }

    private static Sum sum(DealFacts facts, Directory directory, String teamId, DateRange range, DealFilter filter, MetricKind kind) {
        // Every member's deals, employed in the period or not: the CRM owner is the source of truth, as for a
        // seller's own plans. Employment decides who shares an equal split, not which deals count. A deal counts for
        // the team its owner is in on its close date, so someone who moved team in the period adds the deals of
        // their days in this team only.
        List<Person> members = directory.membersWithin(teamId, range);
        List<String> allPeriod = new ArrayList<>();
        Map<String, List<DateRange>> partly = new LinkedHashMap<>();
        for (Person member : members) {
            List<DateRange> days = directory.history().daysIn(member, teamId, range);
            if (days.size() == 1 && days.get(0).equals(range)) {
                allPeriod.add(member.id());
            } else {
                partly.put(member.id(), days);
            }
        }
        // One query for the whole team: a team of hundreds must not cost hundreds of round trips; movers are few.
        Map<String, Tally> tallies = new HashMap<>(facts.tallies(allPeriod, range, filter));
        partly.forEach((id, days) -> tallies.put(id, EnrolledDays.tally(facts, id, days, filter)));
        Tally team = Tally.NONE;
        BigDecimal contributions = BigDecimal.ZERO;
        int contributors = 0;
        int activeAtEnd = 0;
        for (Person member : members) {
            Tally t = tallies.getOrDefault(member.id(), Tally.NONE);
            team = team.plus(t);
            BigDecimal contribution = contribution(kind, t);
            contributions = contributions.add(contribution);
            contributors += contribution.signum() > 0 ? 1 : 0;
            activeAtEnd += member.activeOn(range.to()) && teamId.equals(directory.teamOn(member, range.to()).orElse(null)) ? 1 : 0;
        }
        return new Sum(tallies, team, contributions, contributors, activeAtEnd);
    }

    /** What a member's deals add to the team for a contribution split; for a win rate, their won deals. */
    static BigDecimal contribution(MetricKind kind, Tally tally) {
        return kind == MetricKind.SUM ? tally.wonAmount() : BigDecimal.valueOf(tally.wonCount());
    }
}
