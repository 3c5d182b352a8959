package app.bonusbot.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * What to build and how long to measure.
 *
 * @param clockInZone the clock, given the configured zone (a fixed --today, or the system clock)
 * @param warmup calls of each kind made before measuring, so the JIT has compiled the paths measured
 * @param workDir where the run's temporary directory is created
 * @param keep leave the temporary directory (database and CSV files) behind for inspection
 */
public record BenchOptions(Path configDir, Function<ZoneId, Clock> clockInZone, int sellers, int deals, int iterations, int explainIterations,
        int tallyIterations, int warmup, long seed, Path workDir, boolean keep) {}
