package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.survey.Survey;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "survey", mixinStandardHelpOptions = true, description = "Feedback surveys on the bonus plan (surveys.yaml): results, and rounds opened or closed by hand.",
        subcommands = {SurveyResultsCommand.class, SurveyOpenCommand.class, SurveyCloseCommand.class})
final class SurveyCommand {

    /** The survey with this id; a clear error naming the configured ones when there is none. */
    static Survey survey(Application app, Path config, String id) {
        List<Survey> surveys = app.config().surveys();
        if (surveys.isEmpty()) {
            throw noSurveys(app, config);
        }
        return surveys.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new UserError(RunLanguage.company(app), "cli.error.no_survey", id,
                        String.join(", ", surveys.stream().map(Survey::id).toList())));
    }

    static UserError noSurveys(Application app, Path config) {
        return new UserError(RunLanguage.company(app), "cli.error.no_surveys", config.resolve("surveys.yaml"));
    }
}
