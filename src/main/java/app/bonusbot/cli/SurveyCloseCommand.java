package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyDelivery;
import app.bonusbot.core.survey.SurveyRun;
import app.bonusbot.core.survey.SurveyWording;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "close", mixinStandardHelpOptions = true,
        description = "Closes a survey's open round now, before its deadline: answers are refused from then on and its results can be seen.")
final class SurveyCloseCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--survey", paramLabel = "ID", required = true, description = "The survey's id in surveys.yaml.")
    String survey;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Application app = store.open()) {
            Survey chosen = SurveyCommand.survey(app, store.config, survey);
            Optional<SurveyRun> closed = app.surveyRounds(SurveyDelivery.NONE).closeNow(chosen);
            if (closed.isEmpty()) {
                throw new UserError(RunLanguage.company(app), "cli.error.survey_none_open", chosen.id());
            }
            SurveyWording w = app.surveys().wording(app.company().settings().language());
            PrintWriter out = spec.commandLine().getOut();
            out.println(w.t("cli.survey.closed", closed.get().id(), chosen.id(), w.moment(closed.get().opensAt())));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
