package app.bonusbot.core.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Results of one group in a round: everyone, or one team.
 *
 * @param team empty for everyone in the round
 * @param audience how many the round was for in this group, as of opening
 * @param respondents how many in it answered at least one question
 * @param shown whether at least k answered; when not, no question is shown either
 */
public record GroupResult(Optional<String> team, int audience, int respondents, BigDecimal responseRate, boolean shown, List<QuestionResult> questions) {

    public GroupResult {
        questions = List.copyOf(questions);
    }

    public boolean everyone() {
        return team.isEmpty();
    }
}
