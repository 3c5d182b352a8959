package app.bonusbot.bench;

import app.bonusbot.store.StoreAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What to build and how long to measure.
 *
 * @param clockInZone the clock, given the configured zone (a fixed --today, or the system clock)
 * @param teamSize sellers per generated team; 0 spreads the sellers over the configured teams instead
 * @param parts what to measure besides building the company
 * @param httpClients concurrent HTTP clients, each with one command at a time in flight until it is answered
 * @param httpCommands measured HTTP commands, over all clients
 * @param startupRuns measured process starts (of the bot and of the hello-world JVM each)
 * @param warmup calls of each kind made before measuring, so the JIT has compiled the paths measured
 * @param workDir where the run's temporary directory is created
 * @param keep leave the temporary directory (database and CSV files) behind for inspection
 * @param syncDeals deals in the loopback HubSpot the sync part reads
 * @param syncInterval the background sync's poll interval; null for the configured one (30 s unless settings.yaml says)
 * @param syncChanges changes made in HubSpot, each timed until /bonus status shows it
 * @param postgres the PostgreSQL database to build the company in (in schemas of the bench's own); empty for a new
 *     SQLite file in the scratch directory
 */
public record BenchOptions(Path configDir, Function<ZoneId, Clock> clockInZone, int sellers, int deals, int teamSize, Set<BenchPart> parts,
        int iterations, int explainIterations, int teamIterations, int tallyIterations, int httpClients, int httpCommands, int startupRuns,
        int warmup, long seed, Path workDir, boolean keep, int syncDeals, Duration syncInterval, int syncChanges,
        Optional<StoreAddress.Postgres> postgres) {

    public BenchOptions {
        parts = Set.copyOf(parts);
    }

    boolean measures(BenchPart part) {
        return parts.contains(part);
    }
}
