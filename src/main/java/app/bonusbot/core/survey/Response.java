package app.bonusbot.core.survey;

import java.util.Map;

/**
 * One respondent's answers in a round, as results see them: the group they count in and the answer per question id,
 * with nothing that says who gave them.
 */
public record Response(String group, Map<String, String> answers) {
    public Response {
        answers = Map.copyOf(answers);
    }
}
