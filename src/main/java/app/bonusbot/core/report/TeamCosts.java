package app.bonusbot.core.report;

import app.bonusbot.core.people.Directory;
import app.bonusbot.core.people.Team;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Payout cost per team, each team's slice shown only as {@link SmallGroups} allows. */
final class TeamCosts {

    private TeamCosts() {}

    /**
     * @param payout cash per team
     * @param revenue revenue per team
     * @param people people per team (those without a team under {@link PaidResult#NO_TEAM}, counted in the whole only)
     * @param everyone people in the whole
     */
    static List<TeamCost> of(Map<String, BigDecimal> payout, Map<String, BigDecimal> revenue, Map<String, Integer> people, int everyone, SmallGroups groups,
            Directory directory) {
        Map<String, Integer> teams = new java.util.TreeMap<>(people);
        teams.remove(PaidResult.NO_TEAM);
        Set<String> shown = groups.shown(teams, everyone);
        List<TeamCost> costs = new ArrayList<>();
        for (String team : teams.keySet()) {
            PayoutCost cost = Revenues.cost(payout.getOrDefault(team, BigDecimal.ZERO.setScale(2)), revenue.getOrDefault(team, BigDecimal.ZERO), teams.get(team));
            costs.add(new TeamCost(team, directory.team(team).map(Team::name).orElse(team), groups.slice(shown.contains(team), cost)));
        }
        costs.sort(Comparator.comparing(TeamCost::teamName).thenComparing(TeamCost::teamId));
        return costs;
    }
}
