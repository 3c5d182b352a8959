package app.bonusbot.core.report;

import app.bonusbot.core.plan.PlanVersion;
import app.bonusbot.core.plan.PlanVersions;
import java.time.LocalDate;
import java.util.List;

/** The days a plan version took effect (a plan's first version, in force since it began, is no change). */
record PlanChanges(List<LocalDate> days) {

    PlanChanges {
        days = days.stream().sorted().toList();
    }

    static PlanChanges of(PlanVersions versions) {
        return new PlanChanges(versions.byPlan().values().stream().flatMap(List::stream).map(PlanVersion::from).filter(d -> d != null).distinct().toList());
    }

    /** Changes that took effect from {@code from} to {@code to}, both inclusive. */
    List<LocalDate> within(LocalDate from, LocalDate to) {
        return days.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).toList();
    }
}
