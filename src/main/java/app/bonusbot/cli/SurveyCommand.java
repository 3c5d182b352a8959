package app.bonusbot.cli;

import app.bonusbot.Application;
import app.bonusbot.core.survey.Survey;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "survey", mixinStandardHelpOptions = true, description = "Feedback surveys on the bonus plan (surveys.yaml): results, and rounds opened or closed by hand.",
        subcommands = {SurveyResultsCommand.class, SurveyOpenCommand.class, SurveyCloseCommand.class})
final class SurveyCommand {

    /** The survey with this id; a clear error naming the configured ones when there is none. */
    static Survey survey(Application app, String id) {
        List<Survey> surveys = app.config().surveys();
        if (surveys.isEmpty()) {
            throw new UserError("no surveys are set up: add bot-config/surveys.yaml (see docs/configuration.md)");
        }
        return surveys.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserError("--survey: no survey '" + id + "' in surveys.yaml (surveys: "
                        + String.join(", ", surveys.stream().map(Survey::id).toList()) + ")"));
    }
}
