package app.bonusbot.cli;

import app.bonusbot.bot.Application;
import app.bonusbot.chart.SurveyResultsChart;
import app.bonusbot.chat.console.TextRenderer;
import app.bonusbot.core.i18n.Language;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.survey.Survey;
import app.bonusbot.core.survey.SurveyReports;
import app.bonusbot.core.survey.SurveyResults;
import app.bonusbot.core.survey.SurveyResultsAnswer;
import app.bonusbot.core.survey.SurveyResultsView;
import app.bonusbot.core.survey.SurveyWording;
import app.bonusbot.core.survey.Surveys;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "results", mixinStandardHelpOptions = true,
        description = {"The latest finished round of a survey: response rate, and per question the mean, the change since the previous round and how",
            "many gave each answer, for everyone and each team. Groups with fewer than min_group_size answers are hidden."})
final class SurveyResultsCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--survey", paramLabel = "ID", description = "The survey's id in surveys.yaml (default: the survey that ran last).")
    String survey;

    @Option(names = "--team", paramLabel = "TEAM", description = "Only this team's results, with its comments, as its manager sees them.")
    String team;

    @Option(names = "--json", description = "Print the documented JSON form instead of text.")
    boolean json;

    @Option(names = "--chart", paramLabel = "FILE", description = "Also write the chart of the means as a PNG file.")
    Path chart;

    @Option(names = "--language", paramLabel = "LANG", description = "en or da (default: the company's language in settings.yaml).")
    String language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Application app = store.open()) {
            Surveys surveys = app.surveys();
            SurveyReports reports = new SurveyReports(surveys);
            Texts company = RunLanguage.company(app);
            Survey chosen = survey == null ? latest(app, reports) : SurveyCommand.survey(app, store.config, survey);
            if (team != null && app.company().directory().team(team).isEmpty()) {
                throw new UserError(company, "cli.error.no_team", team);
            }
            Optional<SurveyResults> results = reports.latest(chosen);
            Optional<SurveyReports.Progress> open = reports.progress(chosen);
            Optional<List<String>> teams = team == null ? Optional.empty() : Optional.of(List.of(team));
            SurveyWording w = surveys.wording(language(company).orElse(company.language()));
            SurveyResultsAnswer answer = new SurveyResultsView(w, app.company().directory()).render(chosen, results, open, teams);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JsonOutput.text(new SurveyResultsJson(JsonOutput.MAPPER, w).of(chosen, results, open, teams)));
            } else {
                out.print(new TextRenderer().render(answer.reply()));
            }
            out.flush();
            if (chart != null) {
                writeChart(answer, w.texts());
            }
            return ExitCodes.OK;
        }
    }

    private Survey latest(Application app, SurveyReports reports) {
        if (app.config().surveys().isEmpty()) {
            throw SurveyCommand.noSurveys(app, store.config);
        }
        return reports.latestSurvey();
    }

    /** The language --language asks for; a wrong one is said in the company's language, the one the run would have spoken. */
    private Optional<Language> language(Texts company) {
        if (language == null) {
            return Optional.empty();
        }
        return Optional.of(Language.fromCode(language).orElseThrow(() -> new UserError(ExitCodes.USAGE, company, "cli.error.language", language)));
    }

    private void writeChart(SurveyResultsAnswer answer, Texts texts) {
        PrintWriter err = spec.commandLine().getErr();
        if (answer.charts().isEmpty()) {
            err.println(texts.get("cli.survey.no_chart"));
            err.flush();
            return;
        }
        try {
            Path parent = chart.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(chart, new SurveyResultsChart().png(answer.charts()));
        } catch (IOException e) {
            throw new UserError(texts, "cli.error.chart", chart, e.getMessage());
        }
        err.println(texts.get("cli.survey.chart_written", chart));
        err.flush();
    }
}
