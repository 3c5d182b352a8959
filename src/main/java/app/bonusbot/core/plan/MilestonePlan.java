package app.bonusbot.core.plan;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.PeriodKind;
import java.util.List;

/** Bonuses for events such as renewals and upgrades. */
public record MilestonePlan(String id, LocalizedText name, PeriodKind periodKind, Enrolment enrolment, List<MilestoneRule> rules)
        implements Plan {

    public MilestonePlan {
        rules = List.copyOf(rules);
    }

    @Override
    public boolean enrols(Person person) {
        return enrolment.includes(person);
    }

    @Override
    public String kindName() {
        return "milestone";
    }
}
