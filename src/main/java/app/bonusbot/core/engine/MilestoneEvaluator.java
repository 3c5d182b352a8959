package app.bonusbot.core.engine;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.MilestonePlan;
import app.bonusbot.core.plan.MilestoneRule;
import java.util.ArrayList;
import java.util.List;

/** Fixed amounts per matching won deal, or once a count of them is reached. */
final class MilestoneEvaluator {

    private final DealFacts facts;

    MilestoneEvaluator(DealFacts facts) {
        this.facts = facts;
    }

    PlanResult.Milestone evaluate(MilestonePlan plan, Person person, Window window) {
        List<PlanResult.RuleProgress> progress = new ArrayList<>();
        List<PayoutLine> lines = new ArrayList<>();
        for (MilestoneRule rule : plan.rules()) {
            List<Deal> deals = facts.wonDeals(person.id(), window.range(), rule.filter());
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
