package app.bonusbot.core.people;

import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.DateSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dated teams of the people who move between teams (people.yaml {@code teams:}), in date order. Everyone not in
 * here is in their {@link Person#teamId()} on every day; a person in here is in the team of the membership covering
 * the day, and in none on a day no membership covers.
 */
public record TeamHistory(Map<String, List<TeamMembership>> byPerson) {

    public static final TeamHistory NONE = new TeamHistory(Map.of());

    public TeamHistory {
        Map<String, List<TeamMembership>> copy = new HashMap<>();
        byPerson.forEach((person, memberships) -> copy.put(person, List.copyOf(memberships)));
        byPerson = Map.copyOf(copy);
    }

    /** Whether the person has a dated history rather than one team always. */
    public boolean moves(Person person) {
        return byPerson.containsKey(person.id());
    }

    /** The person's memberships in date order: one that is always, in their team, when they have no dated history. */
    public List<TeamMembership> of(Person person) {
        List<TeamMembership> dated = byPerson.get(person.id());
        if (dated != null) {
            return dated;
        }
        return person.teamId() == null ? List.of() : List.of(new TeamMembership(person.teamId(), DateSpan.ALWAYS));
    }

    /** The team the person is in on the day; empty when in none. */
    public Optional<String> teamOn(Person person, LocalDate day) {
        return of(person).stream().filter(m -> m.span().contains(day)).map(TeamMembership::teamId).findFirst();
    }

    /** Every team the person is in on some day, in the order they joined them. */
    public Set<String> teamsOf(Person person) {
        Set<String> teams = new LinkedHashSet<>();
        of(person).forEach(m -> teams.add(m.teamId()));
        return teams;
    }

    /** The days of the range the person is in the team, in date order; empty when none. */
    public List<DateRange> daysIn(Person person, String teamId, DateRange range) {
        List<DateRange> days = new ArrayList<>();
        for (TeamMembership m : of(person)) {
            if (m.teamId().equals(teamId)) {
                m.span().within(range).ifPresent(days::add);
            }
        }
        return DateSpan.joined(days);
    }

    /** The first day the person is in the team, when they join it after the first of their history; empty otherwise. */
    public Optional<LocalDate> joined(Person person, String teamId) {
        return of(person).stream().filter(m -> m.teamId().equals(teamId)).map(m -> m.span().from()).filter(d -> d != null).findFirst();
    }
}
