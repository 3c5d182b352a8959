package app.bonusbot.core.plan;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;
import java.util.List;

/** Share grants valued at a configured share price. Everyone with a grant is on the plan. */
public record StockPlan(String id, LocalizedText name, PeriodKind periodKind, BigDecimal sharePrice, List<StockGrant> grants)
        implements Plan {

    public StockPlan {
        grants = List.copyOf(grants);
    }

    public List<StockGrant> grantsOf(String personId) {
        return grants.stream().filter(g -> g.personId().equals(personId)).toList();
    }

    @Override
    public boolean enrols(Person person) {
        return grants.stream().anyMatch(g -> g.personId().equals(person.id()));
    }

    @Override
    public String kindName() {
        return "stock";
    }
}
