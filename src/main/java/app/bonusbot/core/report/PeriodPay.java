package app.bonusbot.core.report;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.Period;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One period's pay: every plan result of everyone on a plan in it, and each person's won revenue of the period (all
 * their won deals, whichever plan counts them).
 *
 * @param revenue won revenue per person id
 */
record PeriodPay(Period period, boolean closed, List<Person> people, List<PaidResult> results, Map<String, BigDecimal> revenue) {

    PeriodPay {
        people = List.copyOf(people);
        results = List.copyOf(results);
        revenue = Map.copyOf(revenue);
    }

    List<PaidResult> of(String planId) {
        return results.stream().filter(r -> r.result().plan().id().equals(planId)).toList();
    }
}
