package app.bonusbot.core.engine;

import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.StockGrant;
import app.bonusbot.core.plan.StockPlan;
import java.time.LocalDate;
import java.util.List;

/**
 * Vested shares at a date: 0 before the cliff, else floor(n x min(completed months, total) / total). Vesting stops
 * on the leave date.
 */
final class StockEvaluator {

    PlanResult.Stock evaluate(StockPlan plan, Person person, Window window) {
        LocalDate valuedOn = window.asOf();
        boolean left = person.leaveDate() != null && person.leaveDate().isBefore(valuedOn);
        if (left) {
            valuedOn = person.leaveDate();
        }
        LocalDate on = valuedOn;
        List<PlanResult.GrantStatus> grants = plan.grantsOf(person.id()).stream().map(g -> status(g, on, person.leaveDate())).toList();
        return new PlanResult.Stock(plan, window.period(), window.asOf(), valuedOn, grants, plan.sharePrice());
    }

    /** @param leaveDate null when no leave date is known; nothing vests after it, whether it has passed or not */
    static PlanResult.GrantStatus status(StockGrant grant, LocalDate on, LocalDate leaveDate) {
        long months = completedMonths(grant.grantDate(), on);
        long vested = vestedShares(grant, months);
        LocalDate next = null;
        if (months < grant.cliffMonths()) {
            next = grant.grantDate().plusMonths(grant.cliffMonths());
        } else if (months < grant.vestingMonths()) {
            next = grant.grantDate().plusMonths(months + 1);
        }
        if (next != null && leaveDate != null && next.isAfter(leaveDate)) {
            next = null;
        }
        return new PlanResult.GrantStatus(grant, months, vested, grant.shares() - vested, next);
    }

    static long vestedShares(StockGrant grant, long completedMonths) {
        if (completedMonths < grant.cliffMonths()) {
            return 0;
        }
        long months = Math.min(completedMonths, grant.vestingMonths());
        // Whole shares only: floor, in exact integer arithmetic.
        return Math.multiplyExact(grant.shares(), months) / grant.vestingMonths();
    }

    /** The largest m with grant + m months on or before the date (Jan 31 + 1 month = Feb 28 counts as a month). */
    static long completedMonths(LocalDate grantDate, LocalDate on) {
        if (on.isBefore(grantDate)) {
            return 0;
        }
        long m = java.time.temporal.ChronoUnit.MONTHS.between(grantDate, on);
        while (!grantDate.plusMonths(m + 1).isAfter(on)) {
            m++;
        }
        return m;
    }
}
