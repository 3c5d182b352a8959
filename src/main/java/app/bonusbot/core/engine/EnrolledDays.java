package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.TeamHistory;
import app.bonusbot.core.people.TeamMembership;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.RetentionPlan;
import app.bonusbot.core.plan.StockPlan;
import app.bonusbot.core.plan.TeamPlan;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.DateSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The days of a period a person is on a plan, after the plan's dated enrolment and the person's dated teams, and the
 * deals of those days. Someone who never moves, on a plan without dates, is on it for the whole period: one range,
 * one read, as before dates existed.
 */
public final class EnrolledDays {

    private EnrolledDays() {}

    /** In date order; empty when the person is not on the plan on any day of the range. */
    public static List<DateRange> of(Plan plan, Person person, TeamHistory history, DateRange range) {
        if (plan instanceof PerformancePlan p) {
            return p.enrolment().days(person, history.of(person), range);
        } else if (plan instanceof MilestonePlan m) {
            return m.enrolment().days(person, history.of(person), range);
        } else if (plan instanceof RetentionPlan r) {
            return r.enrolment().days(person, history.of(person), range);
        } else if (plan instanceof TeamPlan t) {
            // Through the person's own memberships (one or two), not the plan's teams: a plan may list every team.
            List<DateRange> days = new ArrayList<>();
            for (TeamMembership m : history.of(person)) {
                if (t.teams().contains(m.teamId())) {
                    m.span().within(range).ifPresent(days::add);
                }
            }
            return DateSpan.joined(days);
        }
        return ((StockPlan) plan).enrols(person) ? List.of(range) : List.of();
    }

    /** The owner's tally over the days; one read when they are one range. */
    public static Tally tally(DealFacts facts, String ownerId, List<DateRange> days, DealFilter filter) {
        if (days.size() == 1) {
            return facts.tally(ownerId, days.get(0), filter);
        }
        Tally tally = Tally.NONE;
        for (DateRange range : days) {
            tally = tally.plus(facts.tally(ownerId, range, filter));
        }
        return tally;
    }

    /** The owner's won deals of the days, oldest first. */
    public static List<Deal> wonDeals(DealFacts facts, String ownerId, List<DateRange> days, DealFilter filter) {
        if (days.size() == 1) {
            return facts.wonDeals(ownerId, days.get(0), filter);
        }
        List<Deal> deals = new ArrayList<>();
        days.forEach(range -> deals.addAll(facts.wonDeals(ownerId, range, filter)));
        return deals;
    }
}
