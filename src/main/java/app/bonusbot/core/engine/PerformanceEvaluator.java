package app.bonusbot.core.engine;

import app.bonusbot.core.plan.MetricKind;
import app.bonusbot.core.plan.OwnerKind;
import app.bonusbot.core.plan.PayoutBase;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Target;
import app.bonusbot.core.plan.TargetBook;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.time.DateRange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A seller's own metric against their own (prorated) target. */
final class PerformanceEvaluator {

    private final DealFacts facts;
    private final TargetBook targets;

    PerformanceEvaluator(DealFacts facts, TargetBook targets) {
        this.facts = facts;
        this.targets = targets;
    }

    /** @param enrolled the days of the period the person is on the plan, in date order: only their deals count */
    PlanResult.Performance evaluate(PerformancePlan plan, Person person, Window window, List<DateRange> enrolled) {
        MetricKind kind = plan.metric().kind();
        Tally tally = EnrolledDays.tally(facts, person.id(), enrolled, plan.metric().filter());
        BigDecimal metric = MetricValue.of(kind, tally);
        Proration proration = window.proration(person, enrolled);
        Optional<long[]> paceDays = window.paceDays(person, enrolled);

        if (plan.isFlat()) {
            // No target to prorate: the deals the CRM gives the person pay, whether or not they worked in the period.
            List<PayoutLine> lines = List.of(new PayoutLine.FlatLine(metric, plan.flatRate(), metric.multiply(plan.flatRate())));
            Optional<Pace> pace = paceDays.map(d -> {
                BigDecimal projected = MetricValue.project(kind, metric, d[0], d[1]);
                return new Pace(d[0], d[1], projected, null, Money.line(projected.multiply(plan.flatRate())));
            });
            return new PlanResult.Performance(plan, window.period(), window.asOf(), tally, metric, proration, null, null, null,
                    Optional.empty(), pace, lines);
        }

        Optional<Target> row = targets.find(OwnerKind.PERSON, person.id(), plan.id(), window.period());
        BigDecimal target = row.map(Target::target).orElse(plan.defaultTarget());
        BigDecimal targetBonus = row.map(Target::targetBonus).filter(tb -> tb != null).orElse(plan.defaultTargetBonus());
        // A win rate is a ratio: working half the quarter does not halve the rate to reach.
        if (kind != MetricKind.WIN_RATE) {
            target = proration.apply(target);
        }
        targetBonus = proration.apply(targetBonus);
        BigDecimal base = plan.base() == PayoutBase.TARGET ? target : targetBonus;
        if (target == null || target.signum() <= 0 || base == null) {
            return new PlanResult.Performance(plan, window.period(), window.asOf(), tally, metric, proration,
                    target == null || target.signum() <= 0 ? null : target, targetBonus, null, Optional.empty(), Optional.empty(), List.of());
        }
        TierOutcome outcome = TierCalculator.apply(plan.tiers(), metric, target, base, targetBonus);
        Optional<NextStep> next = TierCalculator.nextStep(plan.tiers(), metric, target, MetricValue.neededScale(kind));
        BigDecimal t = target;
        BigDecimal tb = targetBonus;
        Optional<Pace> pace = paceDays.map(d -> {
            BigDecimal projected = MetricValue.project(kind, metric, d[0], d[1]);
            TierOutcome projectedOutcome = TierCalculator.apply(plan.tiers(), projected, t, base, tb);
            return new Pace(d[0], d[1], projected, projectedOutcome.attainment(), projectedOutcome.total());
        });
        return new PlanResult.Performance(plan, window.period(), window.asOf(), tally, metric, proration, target, targetBonus, outcome, next,
                pace, outcome.lines());
    }
}
