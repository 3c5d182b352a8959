package app.bonusbot.cli;

import app.bonusbot.bench.BenchOptions;
import app.bonusbot.bench.BenchPart;
import app.bonusbot.bench.BenchReport;
import app.bonusbot.bench.BenchResult;
import app.bonusbot.bench.BenchRun;
import app.bonusbot.store.StoreAddress;
import app.bonusbot.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Builds a synthetic company on the real stack (configuration, a new SQLite file in a temporary directory or new schemas",
            "of its own in the PostgreSQL database --db names, the people and HubSpot deal importers) and measures, each beside its raw",
            "floor measured in the same run on the same store: the deal import, /bonus status,",
            "explain and team in process, signed /bonus status over HTTP to the real Slack HTTP server, the weekly digest of every team,",
            "start-up to the first console answer, the first HubSpot sync and a CRM change until /bonus status shows it (from a loopback",
            "HubSpot), and this process's memory. Slack and Discord give a command 3 seconds to be acknowledged."})
final class BenchCommand implements Callable<Integer> {

    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)?");

    @Option(names = "--db", paramLabel = "URL",
            description = {"Bench on PostgreSQL: an empty database, jdbc:postgresql://host:5432/bonusbot_bench (the password from",
                "BONUSBOT_DB_PASSWORD or PGPASSWORD), in which the bench makes schemas of its own and drops them at the end. Default:",
                "BONUSBOT_DB_URL when it is a PostgreSQL URL, else a new SQLite file in the temporary directory."})
    String db;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "bot-config", description = "Plans and settings to use (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--today", paramLabel = "DATE", description = "Run as if today were this date (yyyy-MM-dd); deals cover the 4 quarters up to it.")
    LocalDate today;

    @Option(names = "--sellers", paramLabel = "N", defaultValue = "200",
            description = "Sellers imported, spread over the configured teams unless --teams is given (default: ${DEFAULT-VALUE}).")
    int sellers;

    @Option(names = "--teams", paramLabel = "N", defaultValue = "0",
            description = {"Team size: the sellers in generated teams of N (10,000 sellers with --teams 10 are 1,000 teams), each enrolled",
                "in the plans and weekly post of a configured team in turn, with a manager of its own. 0 (the default) spreads them over",
                "the configured teams instead (3 teams of 3,333 for 10,000 sellers on the demo config)."})
    int teamSize;

    @Option(names = "--only", paramLabel = "PARTS", split = ",",
            description = "Measure only these parts, comma-separated: import, status, http, digest, startup, sync (default: all). The company is always built.")
    List<String> only;

    @Option(names = "--http-clients", paramLabel = "C", defaultValue = "8",
            description = "Concurrent HTTP clients, each with one /bonus status at a time until it is answered (default: ${DEFAULT-VALUE}).")
    int httpClients;

    @Option(names = "--http-commands", paramLabel = "N", defaultValue = "2000", description = "Measured HTTP commands over all clients (default: ${DEFAULT-VALUE}).")
    int httpCommands;

    @Option(names = "--team-iterations", paramLabel = "N", defaultValue = "50", description = "Measured /bonus team calls (default: ${DEFAULT-VALUE}).")
    int teamIterations;

    @Option(names = "--startup-runs", paramLabel = "N", defaultValue = "3",
            description = "Measured starts of a new bot process (and of a hello-world JVM), after one unmeasured (default: ${DEFAULT-VALUE}).")
    int startupRuns;

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

    // A bot answers for days: its steady state, with the JIT done compiling the answer path, is what a seller meets.
    // A hundred calls left C2 compiling through the measured ones on 2 cores, and its work showed as the p99.
    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000",
            description = "Unmeasured calls of each kind first, at most as many as are measured, so that the figures are the "
                    + "long-running bot's (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--sync-deals", paramLabel = "N", defaultValue = "10000",
            description = "Deals in the loopback HubSpot the first sync reads (part sync; default: ${DEFAULT-VALUE}).")
    int syncDeals;

    @Option(names = "--sync-interval", paramLabel = "DURATION",
            description = "The background sync's poll interval, like 30s, 2m or 1500ms, at least 1s (part sync; default: settings.yaml's, 30 s).")
    String syncInterval;

    @Option(names = "--sync-changes", paramLabel = "N", defaultValue = "3",
            description = "Changes made in HubSpot at random moments, each timed until /bonus status shows it (part sync; default: ${DEFAULT-VALUE}).")
    int syncChanges;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the generated company and of the sellers picked (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--keep", description = "Keep the temporary directory (database and CSV files) and print where it is.")
    boolean keep;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where to create the temporary directory (default: the system's temporary directory).")
    Path workDir;

    @Option(names = "--verbose", description = "Print every SQL statement on the deals table with its query plan (SQLite's EXPLAIN QUERY PLAN, PostgreSQL's EXPLAIN).")
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
        positive("--team-iterations", teamIterations);
        positive("--http-clients", httpClients);
        positive("--http-commands", httpCommands);
        positive("--startup-runs", startupRuns);
        positive("--sync-deals", syncDeals);
        positive("--sync-changes", syncChanges);
        if (teamSize < 0) {
            throw new ParameterException(spec.commandLine(), "--teams: must be 0 (the configured teams) or a team size of 1 or more, not " + teamSize);
        }
        Set<BenchPart> parts;
        try {
            parts = only == null ? EnumSet.allOf(BenchPart.class) : BenchPart.parse(String.join(",", only));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--only: " + e.getMessage());
        }
        if (!Files.isDirectory(config)) {
            throw new ParameterException(spec.commandLine(), "--config: no configuration directory at " + config.toAbsolutePath()
                    + " (the bench copies its plans and settings; run it where bot-config/ is, or give --config DIR)");
        }
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup: must be 0 or more, not " + warmup);
        }
        // The bench's database is its own, but --today means what it means for every command: noon in the company's zone.
        StoreOptions dates = new StoreOptions();
        dates.today = today;
        Path parent = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"));
        BenchOptions options = new BenchOptions(config, dates::clock, sellers, deals, teamSize, parts, iterations, explainIterations, teamIterations,
                tallyIterations, httpClients, httpCommands, startupRuns, warmup, seed, parent, keep, syncDeals, interval(), syncChanges, postgres());
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

    /**
     * --db, else {@value StoreAddress#ENV_URL} when it names PostgreSQL. A file is never benched in place: the bench
     * makes its SQLite file itself, so a file path given with --db is a usage error.
     */
    private Optional<StoreAddress.Postgres> postgres() {
        Map<String, String> environment = spec.root().userObject() instanceof BonusbotCommand root ? root.environment() : System.getenv();
        String given = db != null ? db : environment.getOrDefault(StoreAddress.ENV_URL, "");
        if (given.isBlank()) {
            return Optional.empty();
        }
        StoreAddress address;
        try {
            address = StoreAddress.parse(given, environment);
        } catch (StoreException e) {
            throw new ParameterException(spec.commandLine(), (db != null ? "--db: " : StoreAddress.ENV_URL + ": ") + e.getMessage());
        }
        if (address instanceof StoreAddress.Postgres postgres) {
            return Optional.of(postgres);
        }
        if (db != null) {
            throw new ParameterException(spec.commandLine(), "--db: the bench makes a new SQLite file of its own in its temporary directory and never"
                    + " measures " + db + "; give --db a PostgreSQL URL (jdbc:postgresql://host:5432/bonusbot_bench) to bench on PostgreSQL");
        }
        return Optional.empty();
    }

    /** {@code 30s}, {@code 2m}, {@code 1500ms} or a number of seconds, as settings.yaml writes {@code hubspot.poll_interval}; null when not given. */
    private Duration interval() {
        if (syncInterval == null) {
            return null;
        }
        Matcher m = INTERVAL.matcher(syncInterval.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ParameterException(spec.commandLine(), "--sync-interval: '" + syncInterval + "' is not a duration: write it like 30s, 2m or 1500ms");
        }
        long amount = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
        if (d.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new ParameterException(spec.commandLine(), "--sync-interval: must be at least 1s, as in settings.yaml, not " + syncInterval);
        }
        return d;
    }

    private void positive(String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), option + ": must be 1 or more, not " + value);
        }
    }
}
