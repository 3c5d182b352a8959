package app.bonusbot.core.report;

import app.bonusbot.core.deal.Deal;
import app.bonusbot.core.engine.PlanResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The revenue a plan's payout was measured on, per team: a performance plan's won amount of each seller's counted
 * deals, a milestone plan's matching won deals (each once), a team plan's team won amount (each team once).
 * Retention and stock pay on no revenue.
 */
final class Revenues {

    private Revenues() {}

    static Map<String, BigDecimal> perTeam(List<PaidResult> results) {
        Map<String, BigDecimal> revenue = new LinkedHashMap<>();
        Map<String, BigDecimal> teamPlanTeams = new LinkedHashMap<>();
        for (PaidResult paid : results) {
            PlanResult result = paid.result();
            if (result instanceof PlanResult.Performance p) {
                revenue.merge(paid.team(), p.tally().wonAmount(), BigDecimal::add);
            } else if (result instanceof PlanResult.Milestone m) {
                Map<String, Deal> deals = new LinkedHashMap<>();
                m.rules().forEach(r -> r.deals().forEach(d -> deals.putIfAbsent(d.id(), d)));
                revenue.merge(paid.team(), deals.values().stream().map(Deal::amount).reduce(BigDecimal.ZERO, BigDecimal::add), BigDecimal::add);
            } else if (result instanceof PlanResult.Team t) {
                teamPlanTeams.putIfAbsent(t.teamId(), t.teamTally().wonAmount());
            } else {
                revenue.merge(paid.team(), BigDecimal.ZERO, BigDecimal::add);
            }
        }
        teamPlanTeams.forEach((team, amount) -> revenue.merge(team, amount, BigDecimal::add));
        return revenue;
    }

    static BigDecimal total(Map<String, BigDecimal> perTeam) {
        return perTeam.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static PayoutCost cost(BigDecimal payout, BigDecimal revenue, int people) {
        return new PayoutCost(payout, revenue, revenue.signum() == 0 ? java.util.Optional.empty() : java.util.Optional.of(Percent.of(payout, revenue)), people);
    }
}
