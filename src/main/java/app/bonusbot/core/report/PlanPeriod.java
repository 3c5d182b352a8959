package app.bonusbot.core.report;

import app.bonusbot.core.time.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One plan in one period.
 *
 * @param period the plan's own period within the report's one (a monthly plan in a quarter report: the last month)
 * @param closed whether the period is closed: its payout is then what was paid (frozen), not worked out again
 * @param versionFrom the first day of the plan version in force in the period; empty for a plan without versions
 * @param people how many people were on the plan in the period
 * @param cost the plan's cash payout and the revenue it paid on; hidden for fewer than k people
 * @param teams the payout cost per team of the people on the plan
 * @param concentration hidden for fewer than k people
 * @param individual one line per person, only when settings.yaml shows individual pay; else empty
 */
public record PlanPeriod(Period period, boolean closed, Optional<LocalDate> versionFrom, int people, Slice<PayoutCost> cost, List<TeamCost> teams,
        Slice<Concentration> concentration, PlanFigures figures, List<PersonPay> individual) {

    public PlanPeriod {
        teams = List.copyOf(teams);
        individual = List.copyOf(individual);
    }
}
