package app.bonusbot.core.survey;

import java.util.List;
import java.util.Optional;

/**
 * The results of one finished round: everyone first, then each team in the round, each with k-anonymity applied.
 *
 * @param previous the round before, which the changes compare with
 */
public record SurveyResults(Survey survey, SurveyRun run, Optional<SurveyRun> previous, List<GroupResult> groups) {

    public SurveyResults {
        groups = List.copyOf(groups);
    }

    public GroupResult everyone() {
        return groups.get(0);
    }

    public Optional<GroupResult> team(String teamId) {
        return groups.stream().filter(g -> g.team().isPresent() && g.team().get().equals(teamId)).findFirst();
    }

    public List<GroupResult> teams() {
        return groups.subList(1, groups.size());
    }
}
