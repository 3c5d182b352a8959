package app.bonusbot.core.plan;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.PeriodKind;

/** A bonus plan as configured; the five kinds are the permitted records. */
public sealed interface Plan permits PerformancePlan, TeamPlan, MilestonePlan, RetentionPlan, StockPlan {

    String id();

    LocalizedText name();

    PeriodKind periodKind();

    /** Whether the person is on this plan at all (dates aside). */
    boolean enrols(Person person);

    /** The kind as written in plans.yaml. */
    String kindName();
}
