package app.bonusbot.core.plan;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.PeriodKind;
import java.math.BigDecimal;

/**
 * Pays on a seller's own metric against their target.
 *
 * @param tiers null for a flat-rate plan (no target: payout = metric x flatRate)
 * @param flatRate the rate of a plan without target; null when the plan has tiers
 * @param defaultTarget the target for periods without a target row; null for none
 * @param defaultTargetBonus likewise for the target bonus
 */
public record PerformancePlan(
        String id,
        LocalizedText name,
        PeriodKind periodKind,
        Enrolment enrolment,
        Metric metric,
        PayoutBase base,
        Tiers tiers,
        BigDecimal flatRate,
        BigDecimal defaultTarget,
        BigDecimal defaultTargetBonus) implements Plan {

    public boolean isFlat() {
        return tiers == null;
    }

    @Override
    public boolean enrols(Person person) {
        return enrolment.includes(person);
    }

    @Override
    public String kindName() {
        return "performance";
    }
}
