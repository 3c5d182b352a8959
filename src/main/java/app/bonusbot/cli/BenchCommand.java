package app.bonusbot.cli;

import app.bonusbot.bench.BenchOptions;
import app.bonusbot.bench.BenchReport;
import app.bonusbot.bench.BenchResult;
import app.bonusbot.bench.BenchRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Builds a synthetic company in a temporary directory on the real stack (configuration, a new SQLite file, the people and",
            "HubSpot deal importers) and measures import throughput, /bonus status and explain, and one ledger tally.",
            "Figures for the README; Slack and Discord give a command 3 seconds to be acknowledged."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "bot-config", description = "Plans and settings to use (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--today", paramLabel = "DATE", description = "Run as if today were this date (yyyy-MM-dd); deals cover the 4 quarters up to it.")
    LocalDate today;

    @Option(names = "--sellers", paramLabel = "N", defaultValue = "200", description = "Sellers imported, spread over the configured teams (default: ${DEFAULT-VALUE}).")
    int sellers;

    @Option(names = "--deals", paramLabel = "N", defaultValue = "100000", description = "Deals imported from a generated HubSpot export (default: ${DEFAULT-VALUE}).")
    int deals;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "2000", description = "Measured /bonus status calls (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--explain-iterations", paramLabel = "N", defaultValue = "200",
            description = "Measured /bonus explain calls (default: ${DEFAULT-VALUE}).")
    int explainIterations;

    @Option(names = "--tally-iterations", paramLabel = "N", defaultValue = "5000",
            description = "Measured DealLedger.tally calls (and as many baseline handle round trips) (default: ${DEFAULT-VALUE}).")
    int tallyIterations;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "100", description = "Unmeasured calls of each kind first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the generated company and of the sellers picked (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--keep", description = "Keep the temporary directory (database and CSV files) and print where it is.")
    boolean keep;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where to create the temporary directory (default: the system's temporary directory).")
    Path workDir;

    @Option(names = "--verbose", description = "Print every SQL statement on the deals table with its EXPLAIN QUERY PLAN.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        positive("--sellers", sellers);
        positive("--deals", deals);
        positive("--iterations", iterations);
        positive("--explain-iterations", explainIterations);
        positive("--tally-iterations", tallyIterations);
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup: must be 0 or more, not " + warmup);
        }
        // The bench's database is its own, but --today means what it means for every command: noon in the company's zone.
        StoreOptions dates = new StoreOptions();
        dates.today = today;
        Path parent = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"));
        BenchOptions options = new BenchOptions(config, dates::clock, sellers, deals, iterations, explainIterations, tallyIterations, warmup, seed,
                parent, keep);
        PrintWriter err = spec.commandLine().getErr();
        try {
            BenchResult result = BenchRun.run(options, line -> {
                err.println(line);
                err.flush();
            });
            new BenchReport(spec.commandLine().getOut()).print(result, verbose);
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new UserError("bench: cannot write its files under " + parent + " (" + e.getMessage() + ")");
        }
    }

    private void positive(String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + ": must be 1 or more, not " + value);
        }
    }
}
