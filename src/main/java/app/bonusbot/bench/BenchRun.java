package app.bonusbot.bench;

import app.bonusbot.bot.Application;
import app.bonusbot.core.command.CommandHandler;
import app.bonusbot.core.company.Company;
import app.bonusbot.core.deal.DealFilter;
import app.bonusbot.core.people.Team;
import app.bonusbot.core.plan.PerformancePlan;
import app.bonusbot.core.plan.Plan;
import app.bonusbot.core.reply.Reply;
import app.bonusbot.core.time.DateRange;
import app.bonusbot.core.time.FiscalYear;
import app.bonusbot.core.time.Period;
import app.bonusbot.core.time.PeriodKind;
import app.bonusbot.imports.ImportProgress;
import app.bonusbot.imports.ImportResult;
import app.bonusbot.store.ImportKind;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Builds a synthetic company on the real stack (configuration and generated CSV files in a scratch directory, a new
 * SQLite file there or new schemas in a PostgreSQL database, the people and deal importers), then measures the parts
 * asked for, each with its raw floor on the same store.
 */
public final class BenchRun {

    private static final String STATUS = "/bonus status";
    private static final String EXPLAIN = "/bonus explain";
    private static final String TEAM = "/bonus team";
    /** Generated teams imitate the configured ones in turn, so a few of them show every plan's queries. */
    private static final int PLANNED_TEAMS = 12;

    private final BenchOptions options;
    private final Consumer<String> progress;
    private final Random pick;

    private BenchRun(BenchOptions options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
        // Apart from the generator's random, so that the sellers asked about do not depend on the size of the files.
        this.pick = new Random(options.seed() * 31 + 7);
    }

    /** @param progress told what the run is doing, one line per step */
    public static BenchResult run(BenchOptions options, Consumer<String> progress) throws IOException {
        return new BenchRun(options, progress).run();
    }

    private BenchResult run() throws IOException {
        long started = System.nanoTime();
        Instant ranAt = Instant.now();
        try (ScratchDirectory dir = ScratchDirectory.create(options.workDir(), options.keep())) {
            Path configDir = options.configDir();
            List<TeamShape.GeneratedTeam> generated = List.of();
            if (options.teamSize() > 0) {
                int teams = (options.sellers() + options.teamSize() - 1) / options.teamSize();
                configDir = dir.resolve("config");
                progress.accept("bench: " + teams + " teams of " + options.teamSize() + ", configuration copied to " + configDir);
                generated = TeamShape.write(options.configDir(), configDir, teams);
            }
            if (options.measures(BenchPart.SYNC) && options.syncInterval() != null) {
                if (generated.isEmpty()) {
                    configDir = dir.resolve("config");
                    ConfigYaml.copy(options.configDir(), configDir);
                }
                progress.accept("bench: HubSpot's poll interval " + options.syncInterval().toMillis() + " ms in " + configDir.resolve("settings.yaml"));
                ConfigYaml.pollInterval(configDir.resolve("settings.yaml"), options.syncInterval());
            }
            try (BenchStore store = options.postgres().map(target -> BenchStore.postgres(target, options.keep(), progress))
                    .orElseGet(() -> BenchStore.sqlite(dir))) {
                // Without the demo deals: the figures are about the synthetic company alone.
                try (Application app = Application.open(configDir, store.main(), options.clockInZone(), false, null)) {
                    return run(dir, store, app, generated, ranAt, started);
                }
            }
        }
    }

    private BenchResult run(ScratchDirectory dir, BenchStore store, Application app, List<TeamShape.GeneratedTeam> generated, Instant ranAt, long started)
            throws IOException {
        progress.accept("bench: new database, " + store.where());
        LocalDate today = app.today();
        List<Period> quarters = lastFourQuarters(today, app.config().settings().fiscalYear());
        DateRange dealDates = new DateRange(quarters.get(0).start(), today);
        List<Seller> sellers = generated.isEmpty()
                ? PeopleCsv.sellers(options.sellers(), app.config().directory())
                : PeopleCsv.sellers(options.sellers(), app.config().directory(), generated.stream().map(TeamShape.GeneratedTeam::id).toList(),
                        options.teamSize());
        Random generator = new Random(options.seed());

        Path peopleFile = dir.resolve("people.csv");
        PeopleCsv.write(peopleFile, sellers, dealDates.from(), generator);
        BenchResult.ImportFigure people = importFile(app, ImportKind.PEOPLE, peopleFile, "people (PeopleImporter)");
        progress.accept("bench: writing " + options.deals() + " deals as a HubSpot export, " + dealDates.from() + " to " + dealDates.to());
        Path dealsFile = dir.resolve("hubspot-deals.csv");
        new HubSpotDealsCsv(app.config().dealMapping()).write(dealsFile, sellers, options.deals(), dealDates, generator);
        progress.accept("bench: importing " + dealsFile.getFileName());
        ProcessMemory.resetHeapPeak();
        BenchResult.ImportFigure deals = importFile(app, ImportKind.DEALS, dealsFile, "deals (DealImporter, HubSpot CSV)");
        long heapPeak = ProcessMemory.heapPeakBytes();
        BenchResult.ImportFigure importFloor = null;
        if (options.measures(BenchPart.IMPORT)) {
            progress.accept("bench: raw floor of the import, the same rows into a new database");
            importFloor = ImportFloor.run(dealsFile, store, app.config().dealMapping(), sellers);
        }

        Company company = app.company();
        List<Seller> onPlans = sellers.stream()
                .filter(s -> !company.plansOf(company.directory().person(s.id()).orElseThrow()).isEmpty())
                .toList();
        if (onPlans.isEmpty()) {
            throw new IllegalStateException("no generated seller is on a plan: enrol one of the teams "
                    + company.directory().teams().stream().map(Team::id).toList() + " in plans.yaml");
        }
        List<String> sellerTeams = sellers.stream().map(Seller::teamId).distinct().toList();
        BenchResult.Company built = new BenchResult.Company(today, company.settings().zone(), options.seed(), sellers.size(), onPlans.size(),
                options.teamSize(), sellerTeams.size(), named(sellerTeams), dealDates);
        // The import leaves a heap full of parsed rows; collecting it now keeps that collection out of the timings.
        System.gc();
        ProcessMemory.Resident afterLoad = ProcessMemory.resident().orElse(null);
        DateRange quarter = DateRange.of(quarters.get(quarters.size() - 1));

        BenchResult.Answers answers = null;
        BenchResult.HttpFigure http = null;
        BenchResult.DigestFigure digest = null;
        try (RawQueries raw = new RawQueries(store.connect(store.main()))) {
            if (options.measures(BenchPart.STATUS)) {
                answers = answers(app, store, company, onPlans, sellerTeams, quarters, quarter, raw);
            }
            if (options.measures(BenchPart.HTTP)) {
                http = HttpLoad.run(app, onPlans, options.httpClients(), options.httpCommands(), options.warmup(), pick, progress);
            }
            if (options.measures(BenchPart.DIGEST)) {
                digest = DigestRun.run(app, raw, quarter, progress);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a raw connection to " + app.database().address().describe() + ": " + e.getMessage(), e);
        }
        // Last of the parts on this database: the sync adds deals the other parts would then count.
        BenchResult.SyncFigure sync = null;
        if (options.measures(BenchPart.SYNC)) {
            sync = SyncRun.run(app, sellers, onPlans, dealDates, options, pick, progress);
        }
        BenchResult.StartupFigure startup = null;
        if (options.measures(BenchPart.STARTUP)) {
            startup = StartupTimer.ofThisJvm().run(options.configDir(), store.another("startup"), today, options.startupRuns(), progress);
        }
        return new BenchResult(Machine.current(store.version(app.database().jdbi())), new BenchResult.StoreUsed(store.where(), store.batchedInsert()), ranAt, options.parts(), built, people, deals, importFloor, heapPeak, answers,
                http, digest, startup, sync, afterLoad, ProcessMemory.resident().orElse(null), options.keep() ? dir.path() : null,
                System.nanoTime() - started);
    }

    private BenchResult.Answers answers(Application app, BenchStore store, Company company, List<Seller> onPlans, List<String> sellerTeams, List<Period> quarters,
            DateRange quarter, RawQueries raw) {
        CommandHandler handler = app.commands();
        List<Seller> onePerTeam = onePerTeam(onPlans, sellerTeams);
        DealQueryPlans.Capture statusPlans = DealQueryPlans.capture(app.database().jdbi(), store.dialect(),
                () -> onePerTeam.forEach(s -> handler.handle(s.id(), STATUS)));
        DealQueryPlans.Capture explainPlans = DealQueryPlans.capture(app.database().jdbi(), store.dialect(),
                () -> onePerTeam.forEach(s -> handler.handle(s.id(), EXPLAIN)));

        progress.accept("bench: " + STATUS + " x " + options.iterations());
        Latencies.Summary status = measure(onPlans, options.iterations(), s -> consume(handler.handle(s.id(), STATUS)));
        Latencies.Summary statusFloor = measure(onPlans, options.iterations(), s -> raw.own(s.id(), quarter.from(), quarter.to()));
        progress.accept("bench: " + EXPLAIN + " x " + options.explainIterations());
        Latencies.Summary explain = measure(onPlans, options.explainIterations(), s -> consume(handler.handle(s.id(), EXPLAIN)));
        Latencies.Summary explainFloor = measure(onPlans, options.explainIterations(), s -> raw.ownWonDeals(s.id(), quarter.from(), quarter.to()));

        List<Team> managed = sellerTeams.stream().map(id -> company.directory().team(id).orElseThrow()).filter(t -> t.managerId() != null).toList();
        Latencies.Summary team = null;
        Latencies.Summary teamFloor = null;
        int members = 0;
        if (!managed.isEmpty()) {
            progress.accept("bench: " + TEAM + " x " + options.teamIterations());
            team = measure(managed, options.teamIterations(), t -> consume(handler.handle(t.managerId(), TEAM)));
            teamFloor = measure(managed, options.teamIterations(), t -> raw.team(t.id(), quarter.from(), quarter.to()));
            members = managed.stream().mapToInt(t -> company.directory().members(t.id()).size()).max().orElse(0);
        }

        DealFilter filter = tallyFilter(company);
        progress.accept("bench: DealLedger.tally x " + options.tallyIterations());
        Latencies.Summary tally = measure(onPlans, options.tallyIterations(),
                s -> app.ledger().tally(s.id(), DateRange.of(quarters.get(pick.nextInt(quarters.size()))), filter));
        Latencies.Summary baseline = measure(onPlans, options.tallyIterations(),
                s -> app.database().jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()));
        return new BenchResult.Answers(status, statusFloor, explain, explainFloor, team, teamFloor, members, tally, baseline,
                describe(company, filter), statusPlans, explainPlans, onePerTeam.size());
    }

    /** A few team ids, or the first and the last of many. */
    private static String named(List<String> teamIds) {
        return teamIds.size() <= 5 ? String.join(" ", teamIds.stream().sorted().toList())
                : teamIds.get(0) + " … " + teamIds.get(teamIds.size() - 1);
    }

    private BenchResult.ImportFigure importFile(Application app, ImportKind kind, Path file, String what) throws IOException {
        long start = System.nanoTime();
        ImportResult result = app.importer(kind).importFile(file, ImportProgress.NONE);
        long nanos = System.nanoTime() - start;
        if (!result.succeeded() || !result.unmatchedOwners().isEmpty()) {
            throw new IllegalStateException("the generated " + file.getFileName() + " did not import cleanly:\n  "
                    + String.join("\n  ", result.summary()));
        }
        return new BenchResult.ImportFigure(what, result.inserted(), nanos);
    }

    /** The quarter containing today and the three before it, oldest first. */
    private static List<Period> lastFourQuarters(LocalDate today, FiscalYear fiscalYear) {
        List<Period> quarters = new ArrayList<>();
        Period quarter = PeriodKind.QUARTER.containing(today, fiscalYear);
        for (int i = 0; i < 4; i++) {
            quarters.add(0, quarter);
            quarter = quarter.previous();
        }
        return quarters;
    }

    /** One seller of each of the first {@value #PLANNED_TEAMS} teams: enough to see every query a team's plans send. */
    private static List<Seller> onePerTeam(List<Seller> sellers, List<String> teamIds) {
        List<Seller> picked = new ArrayList<>();
        for (String team : teamIds.subList(0, Math.min(PLANNED_TEAMS, teamIds.size()))) {
            sellers.stream().filter(s -> s.teamId().equals(team)).findFirst().ifPresent(picked::add);
        }
        return picked;
    }

    /** The filter of the first configured performance plan with a target: a seller's everyday tally. */
    private static DealFilter tallyFilter(Company company) {
        return firstTieredPlan(company).map(p -> p.metric().filter()).orElse(DealFilter.ANY);
    }

    private static String describe(Company company, DealFilter filter) {
        return firstTieredPlan(company).map(p -> "the filter of " + p.id()).orElse("no filter")
                + (filter.dealTypes().isEmpty() ? "" : ", deal types " + String.join(" ", filter.sortedDealTypes()))
                + (filter.pipelines().isEmpty() ? "" : ", pipelines " + String.join(" ", filter.sortedPipelines()));
    }

    private static Optional<PerformancePlan> firstTieredPlan(Company company) {
        for (Plan plan : company.plans()) {
            if (plan instanceof PerformancePlan p && !p.isFlat()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Warm-up calls first (at most as many as measured), then the measured ones, each for someone picked at random. */
    private <T> Latencies.Summary measure(List<T> askers, int iterations, Consumer<T> call) {
        // No more warm-up than measured calls: a team view of thousands of members takes seconds.
        for (int i = 0; i < Math.min(options.warmup(), iterations); i++) {
            call.accept(askers.get(pick.nextInt(askers.size())));
        }
        Latencies latencies = new Latencies(iterations);
        for (int i = 0; i < iterations; i++) {
            T asker = askers.get(pick.nextInt(askers.size()));
            long start = System.nanoTime();
            call.accept(asker);
            latencies.add(System.nanoTime() - start);
        }
        return latencies.summary();
    }

    /** A one-block reply is a notice (not enrolled, no plans): timing it would measure the wrong thing. */
    private static void consume(Reply reply) {
        if (reply.blocks().size() < 2) {
            throw new IllegalStateException("the bench got a notice instead of an answer: " + reply.summary());
        }
    }
}
