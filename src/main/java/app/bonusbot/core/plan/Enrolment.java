package app.bonusbot.core.plan;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.people.TeamMembership;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.DateSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is on a plan: named people and everyone on the named teams, each from and to a date where plans.yaml gives one.
 *
 * @param peopleDates the span of a named person's enrolment; a person not in here is on the plan always
 * @param teamDates likewise for a named team: its members are on the plan while both they are in it and it is enrolled
 */
public record Enrolment(Set<String> people, Set<String> teams, Map<String, DateSpan> peopleDates, Map<String, DateSpan> teamDates) {

    public Enrolment {
        people = people == null ? Set.of() : Set.copyOf(people);
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        peopleDates = peopleDates == null ? Map.of() : Map.copyOf(peopleDates);
        teamDates = teamDates == null ? Map.of() : Map.copyOf(teamDates);
    }

    /** Everyone named is on the plan on every day. */
    public Enrolment(Set<String> people, Set<String> teams) {
        this(people, teams, Map.of(), Map.of());
    }

    /** Whether the person, in their configured team, is on the plan on some day. */
    public boolean includes(Person person) {
        return people.contains(person.id()) || (person.teamId() != null && teams.contains(person.teamId()));
    }

    public List<String> sortedTeams() {
        return teams.stream().sorted().toList();
    }

    /**
     * The days of the range the person is on the plan, in date order: as a named person within their dates, or as a
     * member of a named team while they are in it and within its dates.
     *
     * @param memberships the person's teams, dated where they move between teams
     */
    public List<DateRange> days(Person person, List<TeamMembership> memberships, DateRange range) {
        List<DateRange> days = new ArrayList<>();
        if (people.contains(person.id())) {
            peopleDates.getOrDefault(person.id(), DateSpan.ALWAYS).within(range).ifPresent(days::add);
        }
        for (TeamMembership m : memberships) {
            if (teams.contains(m.teamId())) {
                m.span().and(teamDates.getOrDefault(m.teamId(), DateSpan.ALWAYS)).flatMap(s -> s.within(range)).ifPresent(days::add);
            }
        }
        return DateSpan.joined(days);
    }
}
