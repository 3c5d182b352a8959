package app.bonusbot.core.company;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.plan.TargetBook;
import java.util.List;
import java.util.Optional;

/** Everything the engine needs to know about the company except its deals, as of one load. */
public record Company(Settings settings, Directory directory, List<Plan> plans, TargetBook targets) {

    public Company {
        plans = List.copyOf(plans);
    }

    public List<Plan> plansOf(Person person) {
        return plans.stream().filter(p -> p.enrols(person)).toList();
    }

    public Optional<Plan> plan(String id) {
        return plans.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
