package app.bonusbot.core.engine;

import app.bonusbot.core.engine.PlanResult.InstallmentState;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.plan.Installment;
import app.bonusbot.core.plan.RetentionPlan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Each installment falls due at hire date + months and is paid with the period containing that date. */
final class RetentionEvaluator {

    PlanResult.Retention evaluate(RetentionPlan plan, Person person, Window window) {
        List<PlanResult.InstallmentStatus> statuses = new ArrayList<>();
        List<PayoutLine> lines = new ArrayList<>();
        LocalDate hire = person.hireDate();
        // Seen from before a future period starts, its as-of day (the first day) has not come yet: nothing is paid.
        LocalDate paidThrough = window.today().isBefore(window.asOf()) ? window.today() : window.asOf();
        if (hire != null) {
            for (Installment installment : plan.installments()) {
                LocalDate due = hire.plusMonths(installment.months());
                InstallmentState state;
                if (person.leaveDate() != null && person.leaveDate().isBefore(due)) {
                    state = InstallmentState.FORFEITED;
                } else if (due.isBefore(window.period().start())) {
                    state = InstallmentState.EARLIER;
                } else if (due.isAfter(window.period().end())) {
                    state = InstallmentState.UPCOMING;
                } else if (due.isAfter(paidThrough)) {
                    state = InstallmentState.DUE_LATER_IN_PERIOD;
                } else {
                    state = InstallmentState.PAID;
                    lines.add(new PayoutLine.InstallmentLine(installment, due, installment.amount()));
                }
                statuses.add(new PlanResult.InstallmentStatus(installment, due, state));
            }
        }
        return new PlanResult.Retention(plan, window.period(), window.asOf(), hire, statuses, lines);
    }
}
