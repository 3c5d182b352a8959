package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyDelivery;
import app.bonusbot.core.survey.SurveyRounds;
import app.bonusbot.core.survey.SurveyRun;
import app.bonusbot.core.survey.SurveyWording;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Opens a round of a survey now, outside its schedule. It closes after the survey's open_days.",
            "The running bot delivers it within a minute; people can answer at once with /bonus feedback."})
final class SurveyOpenCommand implements Callable<Integer> {

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
            SurveyWording w = app.surveys().wording(app.company().settings().language());
            SurveyRounds.Opening opening = app.surveyRounds(SurveyDelivery.NONE).openNow(chosen);
            if (opening instanceof SurveyRounds.Opening.StillOpen open) {
                throw new UserError(w.texts(), "cli.error.survey_still_open", chosen.id(), open.run().id(), w.moment(open.run().closesAt()));
            }
            if (!(opening instanceof SurveyRounds.Opening.Opened opened)) {
                throw new UserError(w.texts(), "cli.error.survey_opened_meanwhile", chosen.id());
            }
            SurveyRun run = opened.run();
            PrintWriter out = spec.commandLine().getOut();
            // The moment is written in the company's language, so the sentence around it is too.
            out.println(w.t("cli.survey.opened", run.id(), chosen.id(), w.texts().count("people", run.audienceSize()), w.moment(run.closesAt())));
            out.println(w.t("cli.survey.opened_next"));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
