package app.bonusbot.chat.console;

import app.bonusbot.chart.SurveyResultsChart;
import app.bonusbot.core.survey.SurveyChart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code /bonus survey results} in the terminal: the results as text, and their chart written as a PNG file whose
 * path is printed, e.g. {@code data/charts/survey-results-karin.dahl.png} (one file per viewer, since a manager sees
 * other results than an admin).
 */
final class ConsoleSurveyResults {

    private final Path chartDirectory;

    /** @param chartDirectory where charts are written (created when missing); null to write none */
    ConsoleSurveyResults(Path chartDirectory) {
        this.chartDirectory = chartDirectory;
    }

    /** The line naming the chart file written for the viewer; empty when there are no charts or none are written. */
    String chart(String personId, List<SurveyChart> charts) {
        if (chartDirectory == null || charts.isEmpty()) {
            return "";
        }
        Path file = chartDirectory.resolve("survey-results-" + personId + ".png");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, new SurveyResultsChart().png(charts));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return "  Chart: " + file + "\n";
    }
}
