package app.bonusbot.core.company;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.PlanVersions;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.time.DateRange;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the engine needs to know about the company except its deals, as of one load.
 *
 * @param plans each plan as first configured (its first version)
 * @param versions the later versions of the plans that change over time
 */
public record Company(Settings settings, Directory directory, List<Plan> plans, TargetBook targets, PlanVersions versions) {

    public Company {
        plans = List.copyOf(plans);
    }

    /** A company whose plans have no versions. */
    public Company(Settings settings, Directory directory, List<Plan> plans, TargetBook targets) {
        this(settings, directory, plans, targets, PlanVersions.NONE);
    }

    /**
     * The plans the person is on in some version, in any of the teams of their dated history; a statement leaves out a
     * plan whose version for the period does not enrol them on any of its days.
     */
    public List<Plan> plansOf(Person person) {
        if (!directory.history().moves(person)) {
            return plans.stream().filter(p -> versions.enrols(p, person)).toList();
        }
        Set<String> teams = directory.history().teamsOf(person);
        return plans.stream().filter(p -> versions.enrols(p, person) || teams.stream().anyMatch(t -> versions.enrols(p, person.withTeam(t)))).toList();
    }

    /** Everyone on a plan who was employed on some day of the range, in directory order: whom a period's statements are of. */
    public List<Person> onPlansWithin(DateRange range) {
        return directory.people().stream().filter(p -> !plansOf(p).isEmpty() && p.activeWithin(range).isPresent()).toList();
    }

    public Optional<Plan> plan(String id) {
        return plans.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
