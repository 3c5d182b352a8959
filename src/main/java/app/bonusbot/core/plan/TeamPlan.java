package app.bonusbot.core.plan;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.util.List;

/**
 * A shared target and bonus pool per team. Each listed team is measured on its own.
 *
 * @param defaultTarget team target for periods without a team target row
 * @param defaultPool team bonus pool (the base of the band math) for periods without a row
 */
public record TeamPlan(
        String id,
        LocalizedText name,
        PeriodKind periodKind,
        List<String> teams,
        Metric metric,
        Tiers tiers,
        TeamSplit split,
        BigDecimal defaultTarget,
        BigDecimal defaultPool) implements Plan {

    public TeamPlan {
        teams = List.copyOf(teams);
    }

    @Override
    public boolean enrols(Person person) {
        return person.teamId() != null && teams.contains(person.teamId());
    }

    @Override
    public String kindName() {
        return "team";
    }
}
