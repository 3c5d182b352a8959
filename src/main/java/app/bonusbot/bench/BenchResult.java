package app.bonusbot.bench;

import app.bonusbot.core.time.DateRange;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The figures of one bench run.
 *
 * @param keptDirectory where the run's files are, when kept; null once deleted
 */
public record BenchResult(Machine machine, Company company, ImportFigure people, ImportFigure deals, Latencies.Summary status,
        Latencies.Summary explain, Latencies.Summary tally, Latencies.Summary handleBaseline, String tallyFilter,
        DealQueryPlans.Capture statusPlans, DealQueryPlans.Capture explainPlans, int plannedCalls, Path keptDirectory, long totalNanos) {

    /** The synthetic company as built. */
    public record Company(LocalDate today, ZoneId zone, long seed, int sellers, int sellersOnPlans, List<String> teams, DateRange dealDates) {}

    /** @param rows rows the import inserted */
    public record ImportFigure(String what, long rows, long nanos) {

        public long rowsPerSecond() {
            return nanos == 0 ? 0 : rows * 1_000_000_000L / nanos;
        }
    }
}
