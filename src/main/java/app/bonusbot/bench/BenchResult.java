package app.bonusbot.bench;

import app.bonusbot.core.time.DateRange;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * The figures of one bench run. A part not measured ({@code --only}) is null.
 *
 * @param importFloor the raw insert of the same deals into the same schema (part import)
 * @param importHeapPeakBytes the heap's peak during the deal import
 * @param afterLoad this process's memory once the company was built; null where the system does not tell
 * @param atEnd the same after every part ran (the HTTP load included)
 * @param keptDirectory where the run's files are, when kept; null once deleted
 */
public record BenchResult(Machine machine, Instant ranAt, Set<BenchPart> parts, Company company, ImportFigure people, ImportFigure deals,
        ImportFigure importFloor, long importHeapPeakBytes, Answers answers, HttpFigure http, DigestFigure digest, StartupFigure startup,
        ProcessMemory.Resident afterLoad, ProcessMemory.Resident atEnd, Path keptDirectory, long totalNanos) {

    /**
     * The synthetic company as built.
     *
     * @param teamSize sellers per generated team; 0 when the sellers were spread over the configured teams
     * @param sellerTeams how many teams the sellers are in
     */
    public record Company(LocalDate today, ZoneId zone, long seed, int sellers, int sellersOnPlans, int teamSize, int sellerTeams,
            String teamsNamed, DateRange dealDates) {}

    /** @param rows rows the import inserted */
    public record ImportFigure(String what, long rows, long nanos) {

        public long rowsPerSecond() {
            return nanos == 0 ? 0 : rows * 1_000_000_000L / nanos;
        }
    }

    /**
     * The answers in process, each beside its raw floor (part status).
     *
     * @param team null when no team with sellers has a manager to ask
     * @param teamMembers members of the teams {@code /bonus team} was asked about, the largest
     */
    public record Answers(Latencies.Summary status, Latencies.Summary statusFloor, Latencies.Summary explain, Latencies.Summary explainFloor,
            Latencies.Summary team, Latencies.Summary teamFloor, int teamMembers, Latencies.Summary tally, Latencies.Summary handleBaseline,
            String tallyFilter, DealQueryPlans.Capture statusPlans, DealQueryPlans.Capture explainPlans, int plannedCalls) {}

    /**
     * HTTP mode (part http). Latencies are null when no request got that far.
     *
     * @param failed commands not acknowledged with 200, or not answered with blocks within 30 s
     */
    public record HttpFigure(int clients, int sent, int answered, int failed, long nanos, Latencies.Summary ack, Latencies.Summary answer,
            int floorSent, long floorNanos, Latencies.Summary floorAck) {

        public double answeredPerSecond() {
            return answered * 1e9 / nanos;
        }

        public double floorPerSecond() {
            return floorSent * 1e9 / floorNanos;
        }
    }

    /** The weekly digest of every team with a post (part digest). */
    public record DigestFigure(int teams, long withoutChartsNanos, long withChartsNanos, long floorNanos) {}

    /**
     * Start-up to the first console answer (part startup), medians of {@code runs}.
     *
     * @param sharedArchive whether the bot started with the class-data sharing archive beside the jar
     */
    public record StartupFigure(int runs, long firstAnswerNanos, long helloNanos, boolean sharedArchive) {}
}
