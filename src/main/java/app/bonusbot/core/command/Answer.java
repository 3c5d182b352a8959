package app.bonusbot.core.command;

import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.core.survey.SurveyChart;
import java.util.List;
import java.util.Optional;

/**
 * What a command answers: the reply, and what goes with it, each private to the caller like the reply itself: charts
 * ({@code survey results}) and the plan health report ({@code report}) that a chat adapter draws, renders and sends.
 *
 * @param report the whole report of {@code /bonus report}, for the adapter to send as its main chart and a file
 */
public record Answer(Reply reply, List<SurveyChart> charts, Optional<HealthReport> report) {
    public Answer {
        charts = List.copyOf(charts);
    }

    public Answer(Reply reply, List<SurveyChart> charts) {
        this(reply, charts, Optional.empty());
    }
}
