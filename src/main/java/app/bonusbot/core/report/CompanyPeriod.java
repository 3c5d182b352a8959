package app.bonusbot.core.report;

import app.bonusbot.core.time.Period;
import java.util.List;

/**
 * The whole company in one of the report's periods: every plan's cash payout together, on the won revenue of everyone
 * on a plan, and per team.
 *
 * @param closed whether the period is closed (its payout then what was paid)
 */
public record CompanyPeriod(Period period, boolean closed, Slice<PayoutCost> cost, List<TeamCost> teams) {

    public CompanyPeriod {
        teams = List.copyOf(teams);
    }
}
