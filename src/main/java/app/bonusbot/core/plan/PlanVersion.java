package app.bonusbot.core.plan;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of a plan and the days it is in force, both ends inclusive.
 *
 * @param from the first day; null for a plan's first version, in force since the plan began
 * @param to the last day; null while no later version or end is set
 */
public record PlanVersion(LocalDate from, LocalDate to, Plan plan) {

    public PlanVersion {
        Objects.requireNonNull(plan, "plan");
    }

    public boolean inForceOn(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
