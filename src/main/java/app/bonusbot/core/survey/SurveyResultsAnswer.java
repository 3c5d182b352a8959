package app.bonusbot.core.survey;

import app.bonusbot.core.reply.Reply;
import java.util.List;

/** The answer to {@code /bonus survey results}: the text, and the charts an adapter draws and sends with it. */
public record SurveyResultsAnswer(Reply reply, List<SurveyChart> charts) {
    public SurveyResultsAnswer {
        charts = List.copyOf(charts);
    }

    static SurveyResultsAnswer text(Reply reply) {
        return new SurveyResultsAnswer(reply, List.of());
    }
}
