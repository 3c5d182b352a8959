package app.bonusbot.console;

import app.bonusbot.chart.SurveyResultsChart;
import app.bonusbot.core.command.BonusCommand;
import app.bonusbot.core.command.CommandParser;
import app.bonusbot.core.people.Person;
import app.bonusbot.core.survey.SurveyCommands;
import app.bonusbot.core.survey.SurveyResultsAnswer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code /bonus survey results} in the terminal: the results as text, and their chart written as a PNG file whose
 * path is printed, e.g. {@code data/charts/survey-results-karin.dahl.png} (one file per viewer, since a manager sees
 * other results than an admin).
 */
final class ConsoleSurveyResults {

    private final SurveyCommands surveys;
    private final Path chartDirectory;
    private final TextRenderer renderer = new TextRenderer();

    /** @param chartDirectory where charts are written (created when missing); null to write none */
    ConsoleSurveyResults(SurveyCommands surveys, Path chartDirectory) {
        this.surveys = surveys;
        this.chartDirectory = chartDirectory;
    }

    /** The results for this line when it asks for them; empty for any other line. */
    Optional<String> handle(String personId, String text) {
        Optional<Person> person = surveys.person(personId);
        if (!(CommandParser.parse(text) instanceof BonusCommand.ShowSurveyResults request) || person.isEmpty()) {
            return Optional.empty();
        }
        SurveyResultsAnswer answer = surveys.results(person.get(), request.survey());
        String out = renderer.render(answer.reply());
        if (chartDirectory == null || answer.charts().isEmpty()) {
            return Optional.of(out);
        }
        Path file = chartDirectory.resolve("survey-results-" + person.get().id() + ".png");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, new SurveyResultsChart().png(answer.charts()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return Optional.of(out + "  Chart: " + file + "\n");
    }
}
