package app.bonusbot.core.engine;

import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A team's members' tallies, summed once per answer: {@code /bonus team} evaluates the same team plan for every
 * member, and without this each of them would fetch and add up all members' tallies again (members² work). Lives as
 * long as one call into the {@link Evaluator}, so it never outlives the deals it was summed from.
 */
final class TeamSums {

    /** What the team's plan needs of all its members, the same for whichever member asks. */
    record Sum(Map<String, Tally> byMember, Tally team, BigDecimal contributions, int contributors, int activeAtEnd) {

        Tally of(String memberId) {
            return byMember.getOrDefault(memberId, Tally.NONE);
        }
    }

    private record Key(String teamId, DateRange range, DealFilter filter, MetricKind kind) {}

    private final Map<Key, Sum> sums = new HashMap<>();

    Sum of(DealFacts facts, Directory directory, String teamId, DateRange range, DealFilter filter, MetricKind kind) {
        return sums.computeIfAbsent(new Key(teamId, range, filter, kind), key -> sum(facts, directory, key));
    }

    private static Sum sum(DealFacts facts, Directory directory, Key key) {
        // Every member's deals, employed in the period or not: the CRM owner is the source of truth, as for a
        // seller's own plans. Employment decides who shares an equal split, not which deals count.
        List<Person> members = directory.members(key.teamId());
        // One query for the whole team: a team of hundreds must not cost hundreds of round trips.
        Map<String, Tally> tallies = facts.tallies(members.stream().map(Person::id).toList(), key.range(), key.filter());
        Tally team = Tally.NONE;
        BigDecimal contributions = BigDecimal.ZERO;
        int contributors = 0;
        int activeAtEnd = 0;
        for (Person member : members) {
            Tally t = tallies.getOrDefault(member.id(), Tally.NONE);
            team = team.plus(t);
            BigDecimal contribution = contribution(key.kind(), t);
            contributions = contributions.add(contribution);
            contributors += contribution.signum() > 0 ? 1 : 0;
            activeAtEnd += member.activeOn(key.range().to()) ? 1 : 0;
        }
        return new Sum(tallies, team, contributions, contributors, activeAtEnd);
    }

    /** What a member's deals add to the team for a contribution split; for a win rate, their won deals. */
    static BigDecimal contribution(MetricKind kind, Tally tally) {
        return kind == MetricKind.SUM ? tally.wonAmount() : BigDecimal.valueOf(tally.wonCount());
    }
}
