package app.bonusbot.core.engine;

import app.bonusbot.core.people.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Every plan a person is on, evaluated for the periods asked about. */
public record Statement(Person person, LocalDate today, List<PlanResult> results) {

    public Statement {
        results = List.copyOf(results);
    }

    /** Cash payout across the plans; stock is valued, not paid, so it is not in here. */
    public BigDecimal total() {
        return results.stream().map(PlanResult::total).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
