package app.bonusbot.core.announce;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.LocalizedText;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a team's weekly post is about, before privacy and language decide how it reads. It holds attainments and
 * events only: never an amount of pay, and no deal amounts.
 *
 * @param date the day of the post; figures count deals closed up to and including it
 * @param previous the day of the previous post: milestones and events count from the day after it
 * @param period the period the team total is measured over
 * @param daysLeft days after {@code date} until the period ends (0 on its last day)
 * @param total empty when the team has nothing to measure against
 * @param members active members with a measured main performance plan, in people.yaml order
 * @param crossed members who crossed a milestone since the previous post
 * @param events milestone-plan events since the previous post, oldest first
 */
public record TeamPost(Team team, LocalDate date, LocalDate previous, Period period, long daysLeft, Optional<TeamTotal> total,
        List<MemberAttainment> members, List<MilestoneCrossed> crossed, List<MilestoneEvent> events) {

    public TeamPost {
        members = List.copyOf(members);
        crossed = List.copyOf(crossed);
        events = List.copyOf(events);
    }

    /**
     * The team's attainment.
     *
     * @param plan the team plan it comes from, or empty when it is the sum of the members' main plans
     */
    public record TeamTotal(BigDecimal attainment, Optional<LocalizedText> plan) {}

    /** A member's attainment of their own target on their main performance plan. */
    public record MemberAttainment(Person person, BigDecimal attainment) {}

    /** @param levels the milestones crossed, ascending */
    public record MilestoneCrossed(Person person, List<BigDecimal> levels, BigDecimal attainment) {
        public MilestoneCrossed {
            levels = List.copyOf(levels);
        }
    }

    /** A milestone rule a member's won deal matched (a per-event rule) or a count they reached. */
    public record MilestoneEvent(Person person, MilestoneRule rule, LocalDate date) {}
}
