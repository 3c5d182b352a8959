package app.bonusbot.core.command;

import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.survey.SurveyChart;
import java.util.List;

/**
 * What a command answers: the reply, and charts to send with it (survey results), each private to the caller like
 * the reply itself.
 */
public record Answer(Reply reply, List<SurveyChart> charts) {
    public Answer {
        charts = List.copyOf(charts);
    }
}
