package app.bonusbot.core.plan;

import app.bonusbot.core.people.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dated versions of the plans that change over time, by plan id, in date order. A period is evaluated with the
 * version in force on its first day; plans.yaml only accepts versions that start on the first day of a period of the
 * plan's kind, so that version is in force for the whole period. A plan without versions is in force as it is, always.
 */
public record PlanVersions(Map<String, List<PlanVersion>> byPlan) {

    public static final PlanVersions NONE = new PlanVersions(Map.of());

    public PlanVersions {
        byPlan = Map.copyOf(byPlan);
    }

    /** The plan's values in force on the day; empty after a last version's end. */
    public Optional<Plan> inForce(Plan plan, LocalDate day) {
        List<PlanVersion> versions = byPlan.get(plan.id());
        if (versions == null) {
            return Optional.of(plan);
        }
        return version(plan.id(), day).map(PlanVersion::plan);
    }

    /** Whether the person is on the plan in any of its versions (a version may change who is on it). */
    public boolean enrols(Plan plan, Person person) {
        List<PlanVersion> versions = byPlan.get(plan.id());
        return versions == null ? plan.enrols(person) : versions.stream().anyMatch(v -> v.plan().enrols(person));
    }

    /** The version of a plan that has versions in force on the day; empty for a plan without versions. */
    public Optional<PlanVersion> version(String planId, LocalDate day) {
        return byPlan.getOrDefault(planId, List.of()).stream().filter(v -> v.inForceOn(day)).findFirst();
    }
}
