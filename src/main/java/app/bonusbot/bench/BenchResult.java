package app.bonusbot.bench;

import app.bonusbot.core.time.DateRange;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * The figures of one bench run. A part not measured ({@code --only}) is null.
 *
 * @param store where the company was built, in which the floors ran too
 * @param importFloor the raw insert of the same deals into the same schema (part import)
 * @param importHeapPeakBytes the heap's peak during the deal import
 * @param afterLoad this process's memory once the company was built; null where the system does not tell
 * @param atEnd the same after every part ran (the HTTP load included)
 * @param keptDirectory where the run's files are, when kept; null once deleted
 */
public record BenchResult(Machine machine, StoreUsed store, Instant ranAt, Set<BenchPart> parts, Company company, ImportFigure people, ImportFigure deals,
        ImportFigure importFloor, long importHeapPeakBytes, Answers answers, HttpFigure http, DigestFigure digest, StartupFigure startup, SyncFigure sync,
        ProcessMemory.Resident afterLoad, ProcessMemory.Resident atEnd, Path keptDirectory, long totalNanos) {

    /**
     * @param where the SQLite file, or the PostgreSQL database and schema
     * @param batchedInsert the driver's batched insert the import's floor uses
     */
    public record StoreUsed(String where, String batchedInsert) {}

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

    /**
     * The HubSpot sync from the bench's loopback HubSpot (part sync).
     *
     * @param deals deals in the loopback HubSpot, all of which the first sync read
     * @param fullNanos the first (full) sync pass through the real HubSpotSync into the bench's database, with the
     *     client's rate limiting lifted (HubSpot's own limits are computed, not waited for)
     * @param fullRequests requests that pass sent: owners, pipelines, deal pages, their line items, deleted deals
     * @param pageRequests of those, the deal pages and their line items: the requests that grow with the deals
     * @param floorNanos the same deal pages and their line items fetched and parsed, nothing translated or written
     * @param interval the poll interval the background sync ran at
     * @param freshness from a change made in HubSpot to the first {@code /bonus status} of its seller that shows it
     * @param pass one incremental pass that picks up one change, on its own
     * @param passRequests requests of the last such pass
     * @param requestsPerTenSeconds HubSpot's rolling window for a private app, which the client keeps to
     * @param searchesPerSecond the search API's own limit, which the client keeps to
     */
    public record SyncFigure(int deals, long fullNanos, long fullRequests, long pageRequests, long floorNanos, Duration interval, Latencies.Summary freshness,
            Latencies.Summary pass, long passRequests, int requestsPerTenSeconds, int searchesPerSecond) {

        public double dealsPerSecond() {
            return deals * 1e9 / fullNanos;
        }

        /** The first sync's time scaled to 10,000 deals. */
        public long fullNanosPer10k() {
            return Math.round(fullNanos * (10_000.0 / deals));
        }

        /** The least time HubSpot's ten-second window alone allows for this many requests: a window per full hundred after the first. */
        public long limitSeconds(long requests) {
            return requests <= 0 ? 0 : (requests - 1) / requestsPerTenSeconds * 10;
        }

        /** The first sync's requests for 10,000 deals: the deal pages' scaled, the rest (owners, pipelines, deleted deals) as they were. */
        public long fullRequestsPer10k() {
            return fullRequests - pageRequests + Math.round(pageRequests * (10_000.0 / deals));
        }
    }
}
