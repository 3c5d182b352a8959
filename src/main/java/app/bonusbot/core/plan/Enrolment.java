package app.bonusbot.core.plan;

import app.bonusbot.core.people.Person;
import java.util.List;
import java.util.Set;

/** Who is on a plan: named people and everyone on the named teams. */
public record Enrolment(Set<String> people, Set<String> teams) {
    public Enrolment {
        people = people == null ? Set.of() : Set.copyOf(people);
        teams = teams == null ? Set.of() : Set.copyOf(teams);
    }

    public boolean includes(Person person) {
        return people.contains(person.id()) || (person.teamId() != null && teams.contains(person.teamId()));
    }

    public List<String> sortedTeams() {
        return teams.stream().sorted().toList();
    }
}
