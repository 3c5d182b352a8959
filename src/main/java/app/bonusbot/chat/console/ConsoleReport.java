package app.bonusbot.chat.console;

import app.bonusbot.chart.ReportChart;
import app.bonusbot.core.i18n.Texts;
import app.bonusbot.core.report.HealthReport;
import app.bonusbot.reporthtml.ReportPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code /bonus report} in the terminal: the summary as text, and the full report (HTML) and its main chart (PNG)
 * written as files whose paths are printed, e.g. {@code data/charts/plan-health-2026-Q4.html}.
 */
final class ConsoleReport {

    private final Path directory;

    /** @param directory where the files are written (created when missing); null to write none */
    ConsoleReport(Path directory) {
        this.directory = directory;
    }

    /** The lines naming the files written; empty when there is no report or nowhere to write it. */
    String files(Optional<HealthReport> report, String companyName, Texts texts) {
        if (directory == null || report.isEmpty()) {
            return "";
        }
        Path page = directory.resolve(ReportPage.fileName(report.get()));
        write(page, new ReportPage(companyName).bytes(report.get(), texts.language()));
        StringBuilder lines = new StringBuilder("  ").append(texts.get("console.report_written", page)).append('\n');
        Optional<byte[]> png = new ReportChart().png(report.get(), texts.language());
        if (png.isPresent()) {
            Path chart = directory.resolve(ReportPage.fileName(report.get()).replace(".html", ".png"));
            write(chart, png.get());
            lines.append("  ").append(texts.get("console.report_chart", chart)).append('\n');
        }
        return lines.toString();
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
