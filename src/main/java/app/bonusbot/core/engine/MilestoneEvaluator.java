package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.MilestoneRule;
import app.bonusbot.core.time.DateRange;
import java.util.ArrayList;
import java.util.List;

/** Fixed amounts per matching won deal, or once a count of them is reached. */
final class MilestoneEvaluator {

    private final DealFacts facts;

    MilestoneEvaluator(DealFacts facts) {
        this.facts = facts;
    }

    /** @param enrolled the days of the period the person is on the plan, in date order: only their deals count */
    PlanResult.Milestone evaluate(MilestonePlan plan, Person person, Window window, List<DateRange> enrolled) {
        List<PlanResult.RuleProgress> progress = new ArrayList<>();
        List<PayoutLine> lines = new ArrayList<>();
        for (MilestoneRule rule : plan.rules()) {
            List<Deal> deals = EnrolledDays.wonDeals(facts, person.id(), enrolled, rule.filter());
            if (rule instanceof MilestoneRule.CountReached countReached) {
                boolean reached = deals.size() >= countReached.count();
                if (reached) {
                    lines.add(new PayoutLine.CountReachedLine(rule.id(), deals.size(), countReached.count(), countReached.amount()));
                }
                progress.add(new PlanResult.RuleProgress(rule, deals, reached));
            } else {
                deals.forEach(d -> lines.add(new PayoutLine.EventLine(rule.id(), d, rule.amount())));
                progress.add(new PlanResult.RuleProgress(rule, deals, !deals.isEmpty()));
            }
        }
        return new PlanResult.Milestone(plan, window.period(), window.asOf(), progress, lines);
    }
}
